package dev.mga.core.klog;

/**
 * What may stand before the log text of a line: the RFC 3339 timestamp that {@code oc logs
 * --timestamps} and must-gather pod logs put first ({@code 2022-05-06T19:59:10.298440123Z }), and
 * the CRI log prefix of the node's {@code /var/log/pods} files ({@code <RFC 3339> stdout F }, as
 * the kubelet's CRI logging format writes it: time, stream, {@code F} for a full line or {@code P}
 * for a partial one). Mutable and reused for every line of a log.
 */
final class LogLinePrefix {

    /** Where the log text starts. */
    int contentStart;
    /** Where the RFC 3339 timestamp ends, or -1 when there is none (kept as an index: no allocation per line). */
    int timestampEnd;
    /** True when a CRI prefix said the line continues in the next one ({@code P}). */
    boolean partial;

    /** Reads the prefix of {@code line}; with no prefix, the content starts at 0. */
    void read(String line) {
        contentStart = 0;
        timestampEnd = -1;
        partial = false;
        int end = rfc3339End(line);
        if (end < 0) {
            return;
        }
        timestampEnd = end;
        int i = end + 1;
        contentStart = Math.min(i, line.length());
        int cri = criEnd(line, i);
        if (cri > 0) {
            partial = line.charAt(i + 7) == 'P';
            contentStart = cri;
        }
    }

    /** The end of a leading {@code YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)} followed by a space, or -1. */
    static int rfc3339End(String s) {
        if (s.length() < 21 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2) || s.charAt(10) != 'T' || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return -1;
        }
        int i = 19;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < s.length() && s.charAt(i) == 'Z') {
            i++;
        } else if (i + 6 <= s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            i += 6;
        } else {
            return -1;
        }
        return i < s.length() && s.charAt(i) == ' ' ? i : (i == s.length() ? i : -1);
    }

    /** After the timestamp: {@code stdout F } or {@code stderr P }; the index after it, or -1. */
    private static int criEnd(String s, int i) {
        if (s.startsWith("stdout ", i) || s.startsWith("stderr ", i)) {
            int tag = i + 7;
            if (tag + 1 <= s.length() && (s.charAt(tag) == 'F' || s.charAt(tag) == 'P')
                    && (tag + 1 == s.length() || s.charAt(tag + 1) == ' ')) {
                return Math.min(tag + 2, s.length());
            }
        }
        return -1;
    }

    private static boolean digits(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
