package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdPerfCheck;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code etcdctl check perf}: a carriage-return progress bar, client warnings, then the
 * checks ({@code PASS: Throughput is 150 writes/s}, {@code FAIL: Throughput too low: 7 writes/s},
 * {@code Slowest request took too long: 6.5s}, {@code Stddev too high: 1.7s}) and a final
 * {@code PASS} or {@code FAIL}; with {@code --verbose}, a summary, a histogram and percentiles come
 * before the checks. A paste that ends after the checks takes its verdict from them, as etcdctl
 * does (any failed check fails the run), and says so.
 */
public final class CheckPerfParser implements ArtifactParser {

    /** Failures kept: check perf prints at most three. */
    static final int MAX_FAILURES = 20;
    private static final Pattern THROUGHPUT = Pattern.compile("Throughput (?:is|too low:) (\\d+(?:\\.\\d+)?) writes/s");
    private static final Pattern SLOWEST = Pattern.compile("Slowest request took(?: too long:)? (\\d+(?:\\.\\d+)?)s");
    private static final Pattern STDDEV = Pattern.compile("Stddev (?:is|too high:) (\\d+(?:\\.\\d+)?)s");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        double throughput = -1;
        double slowest = -1;
        double stddev = -1;
        List<String> failures = new ArrayList<>();
        long lastCheck = 0;
        String lastCheckText = "";
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            // the progress bar redraws itself with carriage returns: only what follows the last one is the line
            String t = line.substring(line.lastIndexOf('\r') + 1).strip();
            Matcher m;
            if ((m = THROUGHPUT.matcher(t)).find()) {
                throughput = Double.parseDouble(m.group(1));
            }
            if ((m = SLOWEST.matcher(t)).find()) {
                slowest = Double.parseDouble(m.group(1));
            }
            if ((m = STDDEV.matcher(t)).find()) {
                stddev = Double.parseDouble(m.group(1));
            }
            boolean failed = t.startsWith("FAIL:") || t.startsWith("Slowest request took too long") || t.startsWith("Stddev too high");
            if (failed || t.startsWith("PASS:")) {
                lastCheck = n;
                lastCheckText = t;
            }
            if (failed && failures.size() < MAX_FAILURES) {
                failures.add(t.length() > 300 ? t.substring(0, 300) + "…" : t);
            }
            if (t.equals("PASS") || t.equals("FAIL")) {
                // the verdict line as captured; the failures above it are in the record (and the finding's summary)
                context.emit(new EtcdPerfCheck(t.equals("PASS"), throughput, slowest, stddev, failures, input.location(n), t));
                return;
            }
        }
        if (lastCheck > 0) {
            // the checks were printed but the paste ends before the verdict: etcdctl's own rule gives it (any failed
            // check is a FAIL), and the record points at the last check line
            context.diagnostic(lastCheck, "no final PASS or FAIL line after the checks: the verdict is taken from them ("
                    + (failures.isEmpty() ? "all passed" : failures.size() + " failed") + ")");
            context.emit(new EtcdPerfCheck(failures.isEmpty(), throughput, slowest, stddev, failures, input.location(lastCheck),
                    lastCheckText));
            return;
        }
        context.diagnostic(0, "no final PASS or FAIL line (expected etcdctl check perf to have finished)");
    }
}
