package dev.mga.core.detect;

import dev.mga.core.spi.ArtifactType;
import java.util.regex.Pattern;

/** A glob over entry paths (see {@link ArtifactType#pathPatterns()}), compiled once. */
public final class PathPattern {

    private final String glob;
    private final Pattern regex;
    private final int specificity;

    private PathPattern(String glob, Pattern regex, int specificity) {
        this.glob = glob;
        this.regex = regex;
        this.specificity = specificity;
    }

    public static PathPattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int literal = 0;
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (dbl) {
                    boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    re.append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                literal++;
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            throw new IllegalArgumentException("unbalanced braces in path pattern '" + glob + "'");
        }
        return new PathPattern(glob, Pattern.compile(re.toString()), literal);
    }

    /** Matches the whole path; {@code !/} of nested archives counts as a directory separator. */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** How many literal characters the glob has: the more, the more specific. */
    public int specificity() {
        return specificity;
    }

    @Override
    public String toString() {
        return glob;
    }
}
