package dev.mga.core.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.kernel.HugetlbBootAllocation;
import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.model.kernel.KernelLog;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.parse.Numbers;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel log in any of the forms a capture holds it ({@link KernelLinePrefix}): the OOM killer's reports become
 * {@link OomKill}s, the boot command line a {@link KernelCommandLine}, and HugeTLB's boot-time pool messages
 * {@link HugetlbBootAllocation}s. Every other message is read past: a kernel log is mostly other news, so
 * it is not a diagnostic. Streamed; what is kept per entry is bounded.
 */
final class KernelLogParser implements ArtifactParser {

    /** Kills kept per entry; a crash-looping node logs thousands, and the first ones tell the story. */
    static final int MAX_KILLS = 2_000;

    private static final Pattern COMMAND_LINE = Pattern.compile("^(?:Kernel )?[Cc]ommand line: (.*)$");
    private static final Pattern REGISTERED = Pattern.compile(
            "^HugeTLB:? registered (\\d{1,6}(?:\\.\\d{1,3})?) ([KMGT]i?B) page size, pre-allocated (\\d{1,20}) pages");
    private static final Pattern FAILED = Pattern.compile("^HugeTLB:? allocating (\\d{1,20}) of page size (\\d{1,6}(?:\\.\\d{1,3})?)"
            + " ([KMGT]i?B) failed\\.\\s+Only allocated (\\d{1,20}) hugepages");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        KernelLinePrefix prefix = new KernelLinePrefix();
        int[] kills = {0};
        OomReportReader oom = new OomReportReader(input.host(), k -> {
            if (++kills[0] <= MAX_KILLS) {
                context.emit(k);
            }
        });
        boolean commandLine = false;
        long messages = 0;
        String first = "";
        String last = "";
        while (lines.advance()) {
            if (!lines.isContent()) {
                continue; // a prompt or the journal's own note
            }
            String line = lines.string();
            prefix.read(line, lines.envelope());
            if (prefix.messageStart < 0 || line.isBlank()) {
                continue;
            }
            if (!prefix.continuation) {
                messages++;
                if (!prefix.time.isEmpty()) {
                    first = first.isEmpty() ? prefix.time : first;
                    last = prefix.time;
                }
            }
            String message = line.substring(Math.min(prefix.messageStart, line.length()));
            Location at = input.location(lines.lineNumber());
            line = lines.excerpt(); // evidence quotes the capture (the line as captured when it was decoded)
            if (oom.message(at, message, line, prefix.time, prefix.uptime)) {
                continue;
            }
            Matcher m;
            if (!commandLine && (m = COMMAND_LINE.matcher(message)).matches()) {
                commandLine = true;
                context.emit(new KernelCommandLine(input.host(), "kernel log", KernelCommandLine.split(m.group(1)), at, line));
            } else if (message.startsWith("HugeTLB")) {
                hugetlb(input, context, at, message, line);
            }
        }
        oom.finish();
        if (messages == 0) {
            context.diagnostic(0, "no kernel message found (expected dmesg output, or journald/syslog lines of 'kernel')");
        } else {
            context.emit(new KernelLog(input.host(), messages, first, last, kills[0], input.location(0)));
        }
        if (kills[0] > MAX_KILLS) {
            context.diagnostic(0, (kills[0] - MAX_KILLS) + " more OOM kills after the first " + MAX_KILLS + " were not kept");
        }
        for (long start : oom.unfinished()) {
            context.diagnostic(start, "OOM report without its 'Killed process' line (the log ends or was cut there,"
                    + " or the OOM killer found no task to kill)");
        }
    }

    private static void hugetlb(ParseInput input, ParseContext context, Location at, String message, String line) {
        Matcher m = REGISTERED.matcher(message);
        if (m.lookingAt()) {
            context.emit(new HugetlbBootAllocation(input.host(), bytes(m.group(1), m.group(2)), -1,
                    Numbers.whole(m.group(3)), at, line));
            return;
        }
        m = FAILED.matcher(message);
        if (m.lookingAt()) {
            context.emit(new HugetlbBootAllocation(input.host(), bytes(m.group(2), m.group(3)), Numbers.whole(m.group(1)),
                    Numbers.whole(m.group(4)), at, line));
        }
    }

    /** {@code 2.00 MiB} → 2097152: the kernel prints page sizes with string_get_size, binary units. */
    static long bytes(String number, String unit) {
        double n = Double.parseDouble(number);
        int shift = switch (unit.charAt(0)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 40;
        };
        return Math.round(n * (1L << shift));
    }
}
