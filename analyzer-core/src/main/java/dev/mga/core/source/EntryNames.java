package dev.mga.core.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Normalises entry names from archives: forward slashes, no leading slash, no {@code .} or
 * {@code ..} segments, no control characters, bounded length. What had to change is reported so
 * the analysis can record it; nothing is ever written to disk, so a hostile name cannot do harm.
 */
public final class EntryNames {

    static final int MAX_NAME_LENGTH = 4096;

    private EntryNames() {
    }

    /** A normalised name and what was wrong with the raw one (empty when nothing was). */
    public record Normalised(String path, List<String> issues) {
    }

    public static Normalised normalise(String raw) {
        List<String> issues = new ArrayList<>();
        String name = raw == null ? "" : raw;
        if (name.indexOf('\\') >= 0) {
            name = name.replace('\\', '/');
            issues.add("uses backslashes");
        }
        StringBuilder clean = new StringBuilder(Math.min(name.length(), MAX_NAME_LENGTH));
        boolean control = false;
        for (int i = 0; i < name.length() && clean.length() < MAX_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                control = true;
                clean.append('?');
            } else {
                clean.append(c);
            }
        }
        if (control) {
            issues.add("contains control characters");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            issues.add("is longer than " + MAX_NAME_LENGTH + " characters");
        }
        String s = clean.toString();
        if (s.startsWith("/")) {
            issues.add("is absolute");
        }
        Deque<String> segments = new ArrayDeque<>();
        boolean climbs = false;
        for (String seg : s.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                climbs = true;
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                continue;
            }
            segments.addLast(seg);
        }
        if (climbs) {
            issues.add("contains '..'");
        }
        return new Normalised(String.join("/", segments), List.copyOf(issues));
    }

    /** The last segment of a path. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
