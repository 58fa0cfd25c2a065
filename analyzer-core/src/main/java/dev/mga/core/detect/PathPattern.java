package dev.mga.core.detect;

import dev.mga.core.spi.ArtifactType;
import java.util.regex.Pattern;

/** A glob over entry paths (see {@link ArtifactType#pathPatterns()}), compiled once. */
public final class PathPattern {

    private final String glob;
    private final Pattern regex;
    private final int specificity;
    /**
     * The literal text the glob ends with (after its last wildcard or brace), which every matching
     * path ends with too: checked before the regex, which most paths fail (issue 13: every file is
     * matched against every type's globs).
     */
    private final String tail;
    /**
     * The glob's other plain-text runs outside braces (two characters or more), which every matching
     * path contains: checked before the regex too, since a glob's tail is often just {@code .yaml}
     * or {@code .log} and a must-gather holds thousands of those (the regex then ran on every one).
     */
    private final String[] parts;

    private PathPattern(String glob, Pattern regex, int specificity, String tail, String[] parts) {
        this.glob = glob;
        this.regex = regex;
        this.specificity = specificity;
        this.tail = tail;
        this.parts = parts;
    }

    public static PathPattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        int literal = 0;
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            boolean plain = c != '*' && c != '?' && c != '{' && !(braces > 0 && (c == '}' || c == ','));
            if (!plain || braces > 0) {
                // a wildcard or a brace ends the run; the alternatives inside braces are not required text
                if (run.length() >= 2) {
                    parts.add(run.toString());
                }
                run.setLength(0);
            }
            if (plain && braces == 0) {
                run.append(c);
            }
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
        if (run.length() >= 2) {
            parts.add(run.toString());
        }
        String tail = literalTail(glob);
        // the tail is checked apart; "**/" may match no directory, so a run's slash right after it is not required
        String[] required = parts.stream().filter(r -> !r.equals(tail) && !tail.endsWith(r)).toArray(String[]::new);
        return new PathPattern(glob, Pattern.compile(re.toString()), literal, tail, required);
    }

    /**
     * The glob's trailing characters that are plain text (none after a {@code *}, {@code ?} or
     * brace), without the slash of a {@code **}{@code /} right before them.
     */
    static String literalTail(String glob) {
        int i = glob.length();
        while (i > 0 && "*?{},".indexOf(glob.charAt(i - 1)) < 0) {
            i--;
        }
        // "**/" may match no directory at all: the slash after it is not required
        return glob.startsWith("**/", Math.max(0, i - 2)) && i >= 2 ? glob.substring(i + 1) : glob.substring(i);
    }

    /** Matches the whole path; {@code !/} of nested archives counts as a directory separator. */
    public boolean matches(String path) {
        if (!path.endsWith(tail)) {
            return false;
        }
        for (String part : parts) {
            if (!path.contains(part)) {
                return false;
            }
        }
        return regex.matcher(path).matches();
    }

    /** {@link #matches} without the literal-tail check (the check's own test compares the two). */
    boolean regexMatches(String path) {
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
