package dev.mga.core.kernel;

import dev.mga.core.spi.Envelope;
import dev.mga.core.spi.LineEnvelope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands before a kernel message in the forms captures hold it: {@code dmesg} ({@code [  327.251208] }),
 * {@code dmesg -T} ({@code [Mon Nov 30 12:12:05 2026] }), {@code dmesg --time-format iso}
 * ({@code 2026-11-30T12:12:05,251208+00:00 }), journald and syslog ({@code Nov 30 12:12:05[.479194] <host> kernel: },
 * {@code 2026-11-30T12:12:05+0000 <host> kernel: }, {@code -o short-monotonic}), a syslog line that keeps the kernel's
 * own stamp after {@code kernel: }. Lines that continue a multi-line kernel record ({@code Mem-Info:}, a v2 memcg
 * stats block on 6.1) carry no prefix and are indented. The analyzer's line envelope layer removes the journald
 * prefixes it knows ({@code short}, {@code short-precise}, {@code short-iso}, {@code short-full}) before the parser
 * sees the line: {@link #read(String, LineEnvelope)} then takes the time and identifier from the envelope; the
 * forms the layer leaves (dmesg's, {@code short-monotonic}, syslog files) are read here.
 */
final class KernelLinePrefix {

    private static final String WALL = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?[A-Z][a-z]{2} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?";
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?";
    private static final String MONO = "\\[\\s*\\d{1,10}\\.\\d{1,9}\\]";
    /** dmesg's own prefixes. */
    private static final Pattern DMESG = Pattern.compile("^(?:\\[\\s*(\\d{1,10}\\.\\d{1,9})\\]"
            + "|\\[((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} \\d{4})\\]"
            + "|(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},\\d{6}[+-]\\d{2}:\\d{2}))(?: |$)");
    /** journald / syslog: time, host, identifier; group 3 is the identifier. */
    private static final Pattern SYSLOG = Pattern.compile("^(" + WALL + "|" + ISO + "|" + MONO + ") (\\S{1,255}) ([^\\s:\\[]{1,64})(?:\\[\\d{1,10}\\])?: ");
    private static final Pattern KERNEL_STAMP = Pattern.compile("^\\[\\s*(\\d{1,10}\\.\\d{1,9})\\] ");

    /** Where the message starts; -1 when the line is another program's (a journal's non-kernel line). */
    int messageStart;
    /** The time as printed, or "". */
    String time;
    /** Seconds since boot when the prefix says it, else -1. */
    double uptime;
    /** True for a line with no prefix that is indented: the rest of the previous record. */
    boolean continuation;

    /** Reads the prefix of {@code line}, whose journald prefix the envelope layer may have removed into {@code envelope}. */
    void read(String line, LineEnvelope envelope) {
        if (!envelope.has(Envelope.JOURNAL)) {
            read(line);
            return;
        }
        messageStart = 0;
        uptime = -1;
        continuation = false;
        String ident = envelope.identifier();
        if (!ident.isEmpty() && !ident.equals("kernel")) {
            messageStart = -1; // another program's line in a journal
            time = "";
            return;
        }
        time = envelope.time();
        Matcher k = KERNEL_STAMP.matcher(line);
        if (k.lookingAt()) {
            uptime = Double.parseDouble(k.group(1));
            messageStart = k.end();
        }
    }

    void read(String line) {
        messageStart = 0;
        time = "";
        uptime = -1;
        continuation = false;
        if (line.isEmpty()) {
            return;
        }
        char first = line.charAt(0);
        if (first == ' ' || first == '\t') {
            continuation = true;
            messageStart = skipBlanks(line, 0);
            return;
        }
        if (first == '[' || Character.isDigit(first)) {
            Matcher m = DMESG.matcher(line);
            if (m.find()) {
                if (m.group(1) != null) {
                    time = m.group(1);
                    uptime = Double.parseDouble(time);
                } else {
                    time = m.group(2) != null ? m.group(2) : m.group(3);
                }
                messageStart = m.end();
                return;
            }
        }
        Matcher s = SYSLOG.matcher(line);
        if (s.find()) {
            if (!s.group(3).equals("kernel")) {
                messageStart = -1;
                return;
            }
            time = s.group(1).startsWith("[") ? s.group(1).substring(1, s.group(1).length() - 1).strip() : s.group(1);
            uptime = s.group(1).startsWith("[") ? Double.parseDouble(time) : -1;
            messageStart = s.end();
            Matcher k = KERNEL_STAMP.matcher(line).region(messageStart, line.length());
            if (k.lookingAt()) {
                uptime = Double.parseDouble(k.group(1));
                messageStart = k.end();
            }
        }
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
