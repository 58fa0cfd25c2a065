package dev.mga.core.parse;

import dev.mga.core.spi.Envelope;

/**
 * journalctl's line prefix (grammar: {@code grammars/.../envelope/JournalPrefix*.g4}), as systemd's
 * {@code output_short()} prints it: a time, the host, the identifier with its pid in brackets, a colon:
 * <pre>
 * short            Nov 20 19:59:10 master-0 kubenswrapper[2143]: text
 * short-precise    Nov 20 19:59:10.514706 master-0 kubenswrapper[2143]: text
 * short-full       Mon 2023-11-20 19:59:10 UTC master-0 kubenswrapper[2143]: text
 * short-iso        2023-11-20T19:59:10+0000 master-0 kubenswrapper[2143]: text   (see PodLogPrefix)
 * </pre>
 * The day may also be blank-padded ({@code Nov  2}) as syslog files write it; {@code --no-hostname}
 * drops the host; an identifier without pid ({@code kernel:}) has no brackets. This is how a
 * must-gather holds node services ({@code host_service_logs/masters/*_service.log}, the lines of all
 * masters merged: the host field names the node).
 */
final class JournalPrefix {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String DAYS = "MonTueWedThuFriSatSun";

    private JournalPrefix() {
    }

    /** A {@code short}, {@code short-precise} or {@code short-full} prefix at {@code p}: its text's index, or -1. */
    static int scanShort(EnvelopeScan s, byte[] b, int off, int p, int end) {
        if (end - p < 16 || b[p + 3] != ' ') {
            return -1; // most lines starting with a capital (klog's I0612, meminfo's MemTotal:) end here
        }
        int t = shortTimeEnd(b, p, end);
        if (t < 0) {
            t = fullTimeEnd(b, p, end);
        }
        if (t < 0) {
            return -1;
        }
        int j = hostAndIdentifier(s, b, off, t, end);
        if (j < 0) {
            return -1;
        }
        s.timeStart = p - off;
        s.timeEnd = t - off;
        s.add(Envelope.JOURNAL);
        return j;
    }

    /** {@code Mmm dd hh:mm:ss[.frac]}: the index after it, or -1. */
    static int shortTimeEnd(byte[] b, int p, int end) {
        if (end - p < 15 || !name(b, p, MONTHS) || b[p + 3] != ' ' || !(Ascii.digit(b[p + 4]) || b[p + 4] == ' ')
                || !Ascii.digit(b[p + 5]) || b[p + 6] != ' ') {
            return -1;
        }
        return clockEnd(b, p + 7, end);
    }

    /** {@code Www YYYY-MM-DD hh:mm:ss ZONE}: the index after the zone, or -1. */
    static int fullTimeEnd(byte[] b, int p, int end) {
        if (end - p < 24 || !name(b, p, DAYS) || b[p + 3] != ' ' || !Ascii.digits(b, p + 4, 4, end) || b[p + 8] != '-'
                || !Ascii.digits(b, p + 9, 2, end) || b[p + 11] != '-' || !Ascii.digits(b, p + 12, 2, end) || b[p + 14] != ' ') {
            return -1;
        }
        int c = clockEnd(b, p + 15, end);
        if (c < 0 || c >= end || b[c] != ' ') {
            return -1;
        }
        int z = c + 1;
        int i = z;
        while (i < end && (Ascii.letter(b[i]) || Ascii.digit(b[i]) || b[i] == '+' || b[i] == '-')) {
            i++;
        }
        return i > z ? i : -1;
    }

    /** {@code hh:mm:ss} and an optional fraction at {@code i}: the index after them, or -1. */
    private static int clockEnd(byte[] b, int i, int end) {
        if (!Ascii.digits(b, i, 2, end) || i + 8 > end || b[i + 2] != ':' || !Ascii.digits(b, i + 3, 2, end)
                || b[i + 5] != ':' || !Ascii.digits(b, i + 6, 2, end)) {
            return -1;
        }
        int k = i + 8;
        if (k < end && b[k] == '.') {
            int f = ++k;
            while (k < end && Ascii.digit(b[k])) {
                k++;
            }
            if (k == f) {
                return -1;
            }
        }
        return k;
    }

    /**
     * After the time ({@code t} is at its end): {@code  host identifier[pid]: } or, without the host,
     * {@code  identifier[pid]: } (grammar rules {@code host} and {@code identifier}). Fills the fields and
     * returns the text's index, or -1.
     */
    static int hostAndIdentifier(EnvelopeScan s, byte[] b, int off, int t, int end) {
        if (t >= end || b[t] != ' ') {
            return -1;
        }
        int first = t + 1;
        int firstEnd = word(b, first, end);
        if (firstEnd < 0) {
            return -1;
        }
        if (firstEnd < end && b[firstEnd] == ' ') {
            int text = identifier(s, b, off, firstEnd + 1, end);
            if (text >= 0) {
                s.hostStart = first - off;
                s.hostEnd = firstEnd - off;
            }
            return text;
        }
        return identifier(s, b, off, first, end); // --no-hostname
    }

    /** A grammar WORD from {@code i}: visible bytes but {@code [ ] :}; its end, or -1 when empty. */
    private static int word(byte[] b, int i, int end) {
        int k = i;
        while (k < end && (b[k] & 0xff) > 0x20 && b[k] != '[' && b[k] != ']' && b[k] != ':') {
            k++;
        }
        return k > i ? k : -1;
    }

    /** {@code ident[pid]: } or {@code ident: } (or the colon ending the line) from {@code i}: the text's index, or -1. */
    private static int identifier(EnvelopeScan s, byte[] b, int off, int i, int end) {
        int nameEnd = word(b, i, end);
        if (nameEnd < 0) {
            return -1;
        }
        int k = nameEnd;
        int pid = -1;
        int pidEnd = -1;
        if (k < end && b[k] == '[') {
            pid = ++k;
            while (k < end && Ascii.digit(b[k])) {
                k++;
            }
            if (k == pid || k - pid > 10 || k >= end || b[k] != ']') {
                return -1;
            }
            pidEnd = k++;
        }
        if (k >= end || b[k] != ':' || k + 1 < end && b[k + 1] != ' ') {
            return -1;
        }
        s.identStart = i - off;
        s.identEnd = nameEnd - off;
        if (pid >= 0) {
            s.pidStart = pid - off;
            s.pidEnd = pidEnd - off;
        }
        return Math.min(k + 2, end);
    }

    /** True when {@code b[p, p + 3)} is one of the three-letter names in {@code names}. */
    private static boolean name(byte[] b, int p, String names) {
        for (int k = 0; k < names.length(); k += 3) {
            if (b[p] == names.charAt(k) && b[p + 1] == names.charAt(k + 1) && b[p + 2] == names.charAt(k + 2)) {
                return true;
            }
        }
        return false;
    }
}
