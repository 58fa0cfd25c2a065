package dev.mga.core.spi;

import java.util.List;

/**
 * What surrounded one line and what it carried: the envelopes removed from it, outermost first,
 * and their fields ({@code ""} or {@code -1} when absent).
 *
 * @param kinds      the envelopes removed, outermost first; empty when the line is as the tool wrote it
 * @param time       the envelope's time as written (journald's {@code Nov 20 19:59:10.514706}, RFC 3339,
 *                   docker's {@code time})
 * @param stream     {@code stdout} or {@code stderr} (CRI, docker)
 * @param host       the journal's host field: the node that logged the line
 * @param identifier the journal's identifier ({@code kubenswrapper}, {@code crio}, {@code kernel})
 * @param pid        the journal's pid, or -1
 * @param pod        the pod of a {@code kubectl logs --prefix} line
 * @param container  the container of a {@code kubectl logs --prefix} line
 * @param prompt     true when the line is a shell prompt (not content)
 * @param command    the command typed after the prompt ("" for a bare prompt)
 * @param note       true when the line is the journal's own note ({@code -- No entries --}), not content
 */
public record LineEnvelope(List<Envelope> kinds, String time, String stream, String host, String identifier, long pid,
                           String pod, String container, boolean prompt, String command, boolean note) {

    /** A line without envelope. */
    public static final LineEnvelope NONE = new LineEnvelope(List.of(), "", "", "", "", -1, "", "", false, "", false);

    public LineEnvelope {
        kinds = List.copyOf(kinds);
    }

    /** True when the line came in {@code kind}. */
    public boolean has(Envelope kind) {
        return kinds.contains(kind);
    }

    /** True when the line is content (neither a prompt nor a journal note). */
    public boolean content() {
        return !prompt && !note;
    }

    /**
     * The year {@link #time()} names (RFC 3339, journald's {@code short-iso} and {@code short-full}),
     * or -1: journald's {@code short} and {@code short-precise} times have none.
     */
    public int year() {
        int at = dateAt();
        return at < 0 ? -1 : number(at, 4);
    }

    /** The month (1-12) {@link #time()} names, or -1. */
    public int month() {
        int at = dateAt();
        if (at >= 0) {
            return number(at + 5, 2);
        }
        int m = MONTHS.indexOf(time.length() >= 3 ? time.substring(0, 3) : "?");
        return m >= 0 && m % 3 == 0 ? m / 3 + 1 : -1;
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** Where a {@code YYYY-MM-DD} starts in the time: 0, or 4 after short-full's weekday. */
    private int dateAt() {
        for (int at : new int[] {0, 4}) {
            if (time.length() >= at + 10 && number(at, 4) >= 0 && time.charAt(at + 4) == '-' && number(at + 5, 2) >= 0
                    && time.charAt(at + 7) == '-') {
                return at;
            }
        }
        return -1;
    }

    private int number(int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            char c = i < time.length() ? time.charAt(i) : 'x';
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
