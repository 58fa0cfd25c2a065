package dev.mga.core.parse;

/**
 * A SLUB call-site line ({@code /sys/kernel/slab/<cache>/alloc_calls}) that a mail client wrapped:
 * its {@code pid=}, {@code cpus=} or {@code nodes=} field went to the next line, or its {@code cpus=}
 * list was cut after a comma (lkml pastes, in {@code fixtures/real-world/slab}). Unambiguous only so:
 * the head is {@code COUNT symbol+0xOFF/0xSIZE …} without its last field ({@code nodes=}), and the
 * next line starts with one of the fields that follow, or, after a comma, with the rest of a CPU list
 * up to {@code nodes=}.
 */
final class CallSiteWrap {

    /** Lines one call site is joined from at most (head, pid=, cpus=, nodes=, and a wrapped list). */
    static final int MAX_LINES = 6;

    private CallSiteWrap() {
    }

    /** True when {@code b[from, to)} is a call-site line that lacks its {@code nodes=} field. */
    static boolean head(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        int d = i;
        while (i < to && Ascii.digit(b[i])) {
            i++;
        }
        if (i == d || i >= to || b[i] != ' ') {
            return false;
        }
        // one pass for the three marks (this runs on every line of every listing)
        boolean offset = false;
        boolean age = false;
        for (int k = i; k < to; k++) {
            byte c = b[k];
            if (c == '+' && k + 2 < to && b[k + 1] == '0' && b[k + 2] == 'x') {
                offset = true;
            } else if (c == 'a' && k > i && b[k - 1] == ' ' && k + 3 < to && b[k + 1] == 'g' && b[k + 2] == 'e' && b[k + 3] == '=') {
                age = true;
            } else if (c == 'n' && k + 5 < to && b[k + 1] == 'o' && b[k + 2] == 'd' && b[k + 3] == 'e' && b[k + 4] == 's'
                    && b[k + 5] == '=') {
                return false;
            }
        }
        return offset && age;
    }

    /**
     * Whether {@code b[from, to)} continues the joined text {@code j[0, len)}: -1 when not, 1 when a
     * blank goes between them (a field moved to its own line), 0 when not (a list cut after a comma).
     */
    static int continuation(byte[] j, int len, byte[] b, int from, int to) {
        if (contains(j, 0, len, "nodes=")) {
            return -1;
        }
        if (Ascii.startsWith(b, from, to, "pid=") || Ascii.startsWith(b, from, to, "cpus=")
                || Ascii.startsWith(b, from, to, "nodes=")) {
            return 1;
        }
        if (len > 0 && j[len - 1] == ',' && from < to && Ascii.digit(b[from])) {
            int i = from;
            while (i < to && (Ascii.digit(b[i]) || b[i] == ',' || b[i] == '-')) {
                i++;
            }
            return i == to || Ascii.startsWith(b, i, to, " nodes=") ? 0 : -1;
        }
        return -1;
    }

    private static boolean contains(byte[] b, int from, int to, String ascii) {
        for (int i = from; i + ascii.length() <= to; i++) {
            if (b[i] == ascii.charAt(0) && Ascii.startsWith(b, i, to, ascii)) {
                return true;
            }
        }
        return false;
    }
}
