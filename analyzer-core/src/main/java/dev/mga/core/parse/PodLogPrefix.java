package dev.mga.core.parse;

import dev.mga.core.spi.Envelope;

/**
 * The envelopes that start with an RFC 3339 time (grammar: {@code grammars/.../envelope/PodLogPrefix*.g4}):
 * <ul>
 * <li>{@code oc logs --timestamps} and must-gather pod logs: {@code 2022-05-06T19:59:10.298440123Z text}
 *     (the kubelet's RFC3339Nano time, UTC);</li>
 * <li>CRI container logs ({@code /var/log/pods}, rotated pod logs):
 *     {@code <RFC 3339> stdout|stderr F|P text}, where {@code P} says the runtime split a long line and
 *     the next line continues it (CRI-O writes the node's offset, {@code +00:00}, containerd {@code Z});</li>
 * <li>journalctl {@code -o short-iso} / {@code short-iso-precise}: {@code 2023-11-20T19:59:10[.514706]+0000
 *     host ident[pid]: text}: never {@code Z}, and read as journald only when the host and identifier follow.</li>
 * </ul>
 */
final class PodLogPrefix {

    private PodLogPrefix() {
    }

    /**
     * The envelope starting at {@code p} (a digit): the index of its text, or -1.
     *
     * @param journal whether a journald short-iso prefix may be here (not inside {@code --prefix})
     */
    static int scan(EnvelopeScan s, byte[] b, int off, int p, int end, boolean journal) {
        int t = timeEnd(b, p, end);
        if (t < 0 || t >= end || b[t] != ' ') {
            return -1; // a line holding only a time is content (date -u +%FT%TZ), not an empty log line
        }
        int text = t + 1;
        int cri = rfc3339Zone(b, t) ? criEnd(b, text, end) : -1;
        if (cri > 0) {
            s.timeStart = p - off;
            s.timeEnd = t - off;
            s.streamStart = text - off;
            s.streamEnd = text + 6 - off;
            s.partial = b[text + 7] == 'P';
            s.add(Envelope.CRI);
            return cri;
        }
        if (b[t - 1] != 'Z' && journal && journalZone(b, p, t)) {
            int j = JournalPrefix.hostAndIdentifier(s, b, off, t, end);
            if (j >= 0) {
                s.timeStart = p - off;
                s.timeEnd = t - off;
                s.add(Envelope.JOURNAL);
                return j;
            }
        }
        if (!rfc3339Zone(b, t)) {
            return -1;
        }
        s.timeStart = p - off;
        s.timeEnd = t - off;
        s.add(Envelope.TIMESTAMP);
        return text;
    }

    /**
     * The end of a {@code YYYY-MM-DDThh:mm:ss[.frac]} followed by a zone ({@code Z}, {@code ±hh:mm} or
     * journald's {@code ±hhmm}) at {@code o}, or -1.
     */
    static int timeEnd(byte[] s, int o, int n) {
        if (n - o < 20 || !Ascii.digits(s, o, 4, n) || s[o + 4] != '-' || !Ascii.digits(s, o + 5, 2, n) || s[o + 7] != '-'
                || !Ascii.digits(s, o + 8, 2, n) || s[o + 10] != 'T' || !Ascii.digits(s, o + 11, 2, n) || s[o + 13] != ':'
                || !Ascii.digits(s, o + 14, 2, n) || s[o + 16] != ':' || !Ascii.digits(s, o + 17, 2, n)) {
            return -1;
        }
        int i = o + 19;
        if (i < n && s[i] == '.') {
            i++;
            int digits = i;
            while (i < n && Ascii.digit(s[i])) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        if (i < n && s[i] == 'Z') {
            return i + 1;
        }
        if (i + 5 <= n && (s[i] == '+' || s[i] == '-') && Ascii.digits(s, i + 1, 2, n)) {
            if (i + 6 <= n && s[i + 3] == ':' && Ascii.digits(s, i + 4, 2, n)) {
                return i + 6;
            }
            if (Ascii.digits(s, i + 3, 2, n)) {
                return i + 5;
            }
        }
        return -1;
    }

    /** RFC 3339 zones: {@code Z} or {@code ±hh:mm} (not journald's {@code ±hhmm}). */
    private static boolean rfc3339Zone(byte[] b, int t) {
        return b[t - 1] == 'Z' || b[t - 3] == ':';
    }

    /**
     * journald's zone: {@code ±hhmm} (systemd up to at least 252), or {@code ±hh:mm} after a time with no
     * fraction or exactly six digits of one (journald prints microseconds; pod logs print nanoseconds).
     */
    private static boolean journalZone(byte[] b, int p, int t) {
        if (b[t - 3] != ':') {
            return true;
        }
        int zone = t - 6;
        return zone == p + 19 || zone == p + 26 && b[p + 19] == '.';
    }

    /** After the time and a blank: {@code stdout F }, {@code stderr P } (or the tag at the line's end); the text's index, or -1. */
    static int criEnd(byte[] s, int i, int n) {
        // byte by byte, not through a String's charAt: this runs on every line of every CRI pod log
        if (i + 8 <= n && s[i] == 's' && s[i + 1] == 't' && s[i + 2] == 'd' && s[i + 6] == ' '
                && (s[i + 3] == 'o' && s[i + 4] == 'u' && s[i + 5] == 't' || s[i + 3] == 'e' && s[i + 4] == 'r' && s[i + 5] == 'r')) {
            int tag = i + 7;
            if ((s[tag] == 'F' || s[tag] == 'P') && (tag + 1 == n || s[tag + 1] == ' ')) {
                return Math.min(tag + 2, n);
            }
        }
        return -1;
    }
}
