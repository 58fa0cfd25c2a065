package dev.mga.core.klog;

import dev.mga.core.model.klog.KlogField;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text after {@code "] "} of a klog header: a structured message ({@code "quoted message"
 * key=value key="quoted \"value\"" key=<} multi-line {@code >}) or a printf message. klog quotes
 * strings the way Go's {@code strconv.Quote} does, so escapes are Go's; keys may hold spaces
 * ({@code extension point="Deschedule"} in the descheduler), so a key runs to the next {@code =}.
 * Structs printed with {@code %+v} ({@code constraint={MaxSkew:1 TopologyKey:…}}) keep their braces.
 */
final class KlogPayload {

    /** The message and fields of a payload. */
    record Parsed(String message, List<KlogField> fields, boolean structured) {
    }

    private final String s;
    private int i;

    private KlogPayload(String s) {
        this.s = s;
    }

    /**
     * Parses a payload; continuation lines of multi-line values follow the first line after
     * {@code \n}. A payload that does not start with a well-formed quoted string is a printf
     * message, kept whole (its first line).
     */
    static Parsed parse(String payload) {
        if (payload.isEmpty() || payload.charAt(0) != '"') {
            return printf(payload);
        }
        KlogPayload p = new KlogPayload(payload);
        String message = p.quoted();
        if (message == null) {
            return printf(payload);
        }
        List<KlogField> fields = new ArrayList<>();
        while (p.i < payload.length()) {
            if (!p.field(fields)) {
                break;
            }
        }
        return new Parsed(message, fields, true);
    }

    /**
     * The message alone, as {@link #parse} reads it, without the fields (which the log summary does
     * not keep): the summary groups every error line by its message, and reading the fields of each
     * was a fifth of a component log's parse time (issue 13).
     */
    static Parsed message(String payload) {
        if (payload.isEmpty() || payload.charAt(0) != '"') {
            return printf(payload);
        }
        String message = new KlogPayload(payload).quoted();
        return message == null ? printf(payload) : new Parsed(message, List.of(), true);
    }

    private static Parsed printf(String payload) {
        int nl = payload.indexOf('\n');
        return new Parsed(nl < 0 ? payload : payload.substring(0, nl), List.of(), false);
    }

    /** One {@code key=value}; false at the end or when what follows is not a field. */
    private boolean field(List<KlogField> out) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
            i++;
        }
        if (s.startsWith(">", i)) {
            i++; // the closing line of a multi-line value that had no field after it
            return true;
        }
        int eq = s.indexOf('=', i);
        int nl = s.indexOf('\n', i);
        if (eq <= i || (nl >= 0 && nl < eq)) {
            return false;
        }
        String key = s.substring(i, eq);
        i = eq + 1;
        String value;
        if (i < s.length() && s.charAt(i) == '"') {
            value = quoted();
            if (value == null) {
                return false;
            }
        } else if (s.startsWith("<\n", i)) {
            value = multiLine();
        } else if (i < s.length() && (s.charAt(i) == '{' || s.charAt(i) == '[')) {
            value = bracketed();
        } else {
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\n') {
                i++;
            }
            value = s.substring(start, i);
        }
        out.add(new KlogField(key, value));
        return true;
    }

    /** Lines starting with a tab up to the line starting with {@code " >"}; one tab removed from each. */
    private String multiLine() {
        i += 2;
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl;
            if (s.startsWith(" >", i)) {
                i += 2;
                break;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(s, s.charAt(i) == '\t' ? i + 1 : i, end);
            i = nl < 0 ? s.length() : nl + 1;
        }
        return b.toString();
    }

    private String bracketed() {
        int start = i;
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    i++;
                    break;
                }
            } else if (c == '\n') {
                break;
            }
            i++;
        }
        return s.substring(start, i);
    }

    /** A Go-quoted string at {@code i}, unescaped; null when it is not closed on this line. */
    private String quoted() {
        int start = ++i;
        int close = start;
        while (close < s.length() && s.charAt(close) != '"' && s.charAt(close) != '\\' && s.charAt(close) != '\n') {
            close++;
        }
        if (close < s.length() && s.charAt(close) == '"') {
            i = close + 1;
            return s.substring(start, close); // the common case: nothing escaped
        }
        StringBuilder b = new StringBuilder(s.length() - start);
        b.append(s, start, close);
        i = close;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return b.toString();
            }
            if (c == '\n') {
                return null;
            }
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\u000b');
                case 'x' -> b.append(hex(2));
                case 'u' -> b.append(hex(4));
                case 'U' -> b.appendCodePoint(hexCodePoint(8));
                default -> b.append(e); // \" \\ \'
            }
        }
        return null;
    }

    private char hex(int digits) {
        return (char) hexCodePoint(digits);
    }

    private int hexCodePoint(int digits) {
        int v = 0;
        int n = 0;
        while (n < digits && i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
            v = v * 16 + Character.digit(s.charAt(i), 16);
            i++;
            n++;
        }
        return Character.isValidCodePoint(v) ? v : '\ufffd';
    }
}
