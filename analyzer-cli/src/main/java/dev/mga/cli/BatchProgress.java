package dev.mga.cli;

import dev.mga.core.model.ProgressListener;
import dev.mga.core.model.Severity;
import dev.mga.fleet.Batch;
import dev.mga.fleet.BatchPlan;
import dev.mga.fleet.FleetInput;
import dev.mga.core.model.Completeness;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code mga batch} says on standard error: one line per input when it is done (its status
 * and findings), and on a terminal a progress line with the bytes done and the time left. Called
 * from every worker thread.
 */
final class BatchProgress implements Batch.Listener, ProgressListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final Map<String, Long> inFlight = new HashMap<>();
    private final Set<String> analysing = new HashSet<>();
    private int total;
    private int done;
    private long totalBytes;
    private long finishedBytes;
    private long lastDraw;

    BatchProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void planned(List<BatchPlan.Item> toAnalyse, List<BatchPlan.Item> current) {
        total = toAnalyse.size() + current.size();
        totalBytes = toAnalyse.stream().mapToLong(BatchPlan.Item::size).sum();
        toAnalyse.forEach(i -> analysing.add(i.name()));
        if (!current.isEmpty()) {
            err.printf(Locale.ROOT, "mga: %d of %d inputs have current reports and are not analysed again (--force to redo them)%n",
                    current.size(), total);
        }
    }

    @Override
    public synchronized void finished(BatchPlan.Item item, FleetInput r) {
        done++;
        inFlight.remove(item.name());
        boolean analysed = analysing.contains(item.name());
        if (analysed) {
            finishedBytes += item.size();
        }
        clear();
        err.printf(Locale.ROOT, "mga: [%d/%d] %s: %s%s; %s; %d of %d rules had something to judge%s%n", done, total,
                item.name(), r.status().label(), r.status() == Completeness.Status.COMPLETE ? "" : " (" + r.reason() + ")",
                findings(r), r.rulesEvaluated(), r.coverage().size(), analysed ? "" : " (report current)");
        draw(true);
    }

    @Override
    public synchronized void progress(String input, long bytes, long size) {
        inFlight.put(input, Math.min(bytes, size));
        draw(false);
    }

    synchronized void done(Batch.Result result) {
        clear();
        err.printf(Locale.ROOT, "mga: %d inputs (%d analysed, %d current) in %s; fleet view in fleet.json, fleet.md, fleet.html%n",
                result.byInput().size(), result.analysed(), result.current(), duration((System.nanoTime() - start) / 1_000_000_000L));
        err.flush();
    }

    /** As {@code mga analyze} says it: {@code 3 findings (1 critical)}. */
    private static String findings(FleetInput r) {
        int n = r.findings().size();
        long critical = r.count(Severity.CRITICAL);
        return n + (n == 1 ? " finding" : " findings") + (critical > 0 ? " (" + critical + " critical)" : "");
    }

    private void draw(boolean force) {
        if (!terminal || total == 0) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        long bytes = finishedBytes + inFlight.values().stream().mapToLong(Long::longValue).sum();
        double seconds = (now - start) / 1e9;
        String eta = bytes <= 0 || bytes >= totalBytes ? "" : ", ETA " + duration((long) (seconds * (totalBytes - bytes) / bytes));
        err.printf(Locale.ROOT, "\r[%d/%d] %3d%% of %s%s, %d running ", done, total,
                totalBytes == 0 ? 100 : (int) (100 * Math.min(bytes, totalBytes) / totalBytes), mib(totalBytes), eta, inFlight.size());
        err.flush();
    }

    private void clear() {
        if (terminal) {
            err.print("\r" + " ".repeat(79) + "\r");
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String duration(long s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
