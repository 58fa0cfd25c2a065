package dev.mga.core.parse;

/**
 * A poster's elision line: {@code ...}, {@code ......}, {@code …}, {@code [...]}, {@code […]},
 * {@code (...)}, {@code <snip>}, {@code [snip]}, also behind a comment sign ({@code # [...]}). It marks rows a person left out of a paste; it is not
 * content, so parsers skip it without a diagnostic (the lead's decision for the real-world corpus).
 */
public final class Elision {

    private Elision() {
    }

    /** True when the line, blanks around it aside, is only an elision marker. */
    public static boolean is(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || ".…[(<#".indexOf(line.charAt(i)) < 0) {
            return false; // most lines: no copy
        }
        String t = line.strip();
        if (t.charAt(0) == '#') {
            // an elision behind a shell comment sign: "# [...]"
            String rest = t.substring(1).strip();
            return !rest.isEmpty() && rest.charAt(0) != '#' && is(rest);
        }
        if (t.length() >= 2 && (t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']'
                || t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')')) {
            String in = t.substring(1, t.length() - 1);
            return dots(in) || in.equals("snip") || in.equals("snipped");
        }
        return t.length() >= 3 && dots(t) || t.chars().allMatch(c -> c == '…') || t.equals("<snip>")
                || t.equals("<snipped>");
    }

    /** {@code ...} (three or more points) or one or more {@code …}. */
    private static boolean dots(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.chars().allMatch(c -> c == '…')) {
            return true;
        }
        return s.length() >= 3 && s.chars().allMatch(c -> c == '.');
    }
}
