package dev.mga.core.parse;

/** Byte tests for the ASCII parts of captured lines (prefixes, headers), without decoding them. */
final class Ascii {

    private Ascii() {
    }

    /** True when {@code b[from, to)} starts with {@code ascii}. */
    static boolean startsWith(byte[] b, int from, int to, String ascii) {
        int n = ascii.length();
        if (to - from < n) {
            return false;
        }
        // the first byte alone rejects most lines, before any of the String's chars is looked at
        if (n > 0 && b[from] != ascii.charAt(0)) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (b[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code b[from, from + n)} are decimal digits, all before {@code to}. */
    static boolean digits(byte[] b, int from, int n, int to) {
        if (from < 0 || from + n > to) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    static boolean letter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
