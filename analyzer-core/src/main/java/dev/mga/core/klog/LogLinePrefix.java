package dev.mga.core.klog;

import java.nio.charset.StandardCharsets;

/**
 * What may stand before the log text of a line: the RFC 3339 timestamp that {@code oc logs
 * --timestamps} and must-gather pod logs put first ({@code 2022-05-06T19:59:10.298440123Z }), and
 * the CRI log prefix of the node's {@code /var/log/pods} files ({@code <RFC 3339> stdout F }, as
 * the kubelet's CRI logging format writes it: time, stream, {@code F} for a full line or {@code P}
 * for a partial one). Read from the line's bytes; the prefix is ASCII, so its offsets are also
 * the decoded line's character offsets. Mutable and reused for every line of a log.
 */
final class LogLinePrefix {

    /** Where the log text starts, from the line's start. */
    int contentStart;
    /** Where the RFC 3339 timestamp ends, or -1 when there is none (kept as an index: no allocation per line). */
    int timestampEnd;
    /** True when a CRI prefix said the line continues in the next one ({@code P}). */
    boolean partial;

    /** Reads the prefix of {@code line}; with no prefix, the content starts at 0. */
    void read(String line) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1); // one byte per char: offsets are char offsets
        read(b, 0, b.length);
    }

    /** Reads the prefix of the line {@code b[off, off + len)}. */
    void read(byte[] b, int off, int len) {
        contentStart = 0;
        timestampEnd = -1;
        partial = false;
        int end = rfc3339End(b, off, off + len);
        if (end < 0) {
            return;
        }
        timestampEnd = end - off;
        int i = end + 1;
        contentStart = Math.min(i, off + len) - off;
        int cri = criEnd(b, i, off + len);
        if (cri > 0) {
            partial = b[i + 7] == 'P';
            contentStart = cri - off;
        }
    }

    /** The end of a leading {@code YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)} followed by a space, or -1. */
    static int rfc3339End(byte[] s, int o, int n) {
        if (n - o < 21 || !digits(s, o, 4) || s[o + 4] != '-' || !digits(s, o + 5, 2) || s[o + 7] != '-'
                || !digits(s, o + 8, 2) || s[o + 10] != 'T' || !digits(s, o + 11, 2) || s[o + 13] != ':'
                || !digits(s, o + 14, 2) || s[o + 16] != ':' || !digits(s, o + 17, 2)) {
            return -1;
        }
        int i = o + 19;
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
        }
        if (i < n && s[i] == 'Z') {
            i++;
        } else if (i + 6 <= n && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
            i += 6;
        } else {
            return -1;
        }
        return i < n && s[i] == ' ' ? i : (i == n ? i : -1);
    }

    /** After the timestamp: {@code stdout F } or {@code stderr P }; the index after it, or -1. */
    private static int criEnd(byte[] s, int i, int n) {
        if (i + 8 <= n && (startsWith(s, i, "stdout ") || startsWith(s, i, "stderr "))) {
            int tag = i + 7;
            if ((s[tag] == 'F' || s[tag] == 'P') && (tag + 1 == n || s[tag + 1] == ' ')) {
                return Math.min(tag + 2, n);
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] s, int i, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (s[i + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean digits(byte[] s, int from, int n) {
        if (from + n > s.length) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            if (s[k] < '0' || s[k] > '9') {
                return false;
            }
        }
        return true;
    }
}
