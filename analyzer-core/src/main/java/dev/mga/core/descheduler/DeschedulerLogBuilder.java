package dev.mga.core.descheduler;

import dev.mga.core.klog.KlogLine;
import dev.mga.core.model.Location;
import dev.mga.core.model.descheduler.DeschedulerCycle;
import dev.mga.core.model.descheduler.DeschedulerEviction;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.model.descheduler.DeschedulerTotals;
import dev.mga.core.model.descheduler.DeschedulerWorkloadEvictions;
import dev.mga.core.model.klog.KlogEntry;
import dev.mga.core.spi.ParseInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads descheduler semantics from klog entries as they stream by. The messages are those of
 * sigs.k8s.io/descheduler as shipped by OpenShift 4.10–4.17 (v0.23–v0.30) and later:
 * {@code "Evicted pod"} / {@code "Evicted pod in dry run mode"} (pkg/descheduler/evictions/evictions.go;
 * {@code pod reason} keys, {@code strategy node} since v0.25, {@code profile} since v0.27),
 * {@code "Evicted pod because it exceeded its lifetime"} (PodLifeTime, v0.23–v0.24),
 * {@code "Error evicting pod" err=…}, {@code "Processing node" node=…}, and the cycle's closing
 * {@code "Number of evicted pods" totalEvicted=N} (descheduler.go; {@code "Number of
 * evictions/requests"} since v0.31). Bounded: cycles, samples and groups are capped.
 */
final class DeschedulerLogBuilder implements Consumer<KlogLine> {

    static final int MAX_CYCLES = 2000;
    static final int MAX_SAMPLES = 50;
    static final int MAX_WORKLOADS = 5000;
    static final int MAX_WORKLOADS_KEPT = 20;
    static final int MAX_NODES = 5000;
    private static final int MAX_CYCLE_BUFFER = 10_000;
    private static final String NOT_EVICTABLE_V019 = " is not evictable: Pod lacks an eviction annotation and fails the following checks: ";
    /** Strategies counted by name: the descheduler has about a dozen. */
    static final int MAX_STRATEGIES = 100;

    private final List<DeschedulerCycle> cycles = new ArrayList<>();
    private final List<Pending> cycleEvictions = new ArrayList<>();
    private final Set<String> cyclePods = new HashSet<>();
    private final List<DeschedulerEviction> samples = new ArrayList<>();
    private final Map<String, WorkloadTally> workloads = new LinkedHashMap<>();
    private final FailureTally failures = new FailureTally();
    /** Pods passed over, by the checks they fail (the descheduler's own text, cut). */
    private final FailureTally notEvictable = new FailureTally(c -> c.length() > 160 ? c.substring(0, 160) + "…" : c);
    private final Map<String, Long> strategies = new LinkedHashMap<>();
    private final Set<String> nodes = new HashSet<>();
    private long cycleCount;
    private long evictions;
    private long dryRunEvictions;
    private long cycleFailures;
    private boolean cycleDryRun;
    private String dryRunFlag = "";
    private String firstTime = "";
    private String lastTime = "";
    private boolean any;
    private KlogLine lastLine;
    /** The pod of the last evictions.go legacy line, until a strategy line has followed it. */
    private String lastLegacyPod;
    /** True once a cycle's closing line was read: the log says where its cycles end. */
    private boolean cycleEnds;
    /** True while the open cycle holds an eviction and the log has shown no cycle's closing line yet. */
    private boolean unclosedPending;
    /** The time of the last entry while {@link #unclosedPending}, in seconds of the year; -1 when unknown. */
    private long unclosedClock = -1;
    /** The last entry while {@link #unclosedPending}: where an inferred cycle ends. */
    private String unclosedLastTime;
    private Location unclosedLastLocation;
    private String unclosedLastExcerpt;

    /** An eviction line of the open cycle; a strategy-only line learns its dry-run state at cycle end. */
    private record Pending(KlogEntry entry, String pod, String strategy, Boolean dryRun) {
    }

    @Override
    public void accept(KlogLine line) {
        if (!any) {
            firstTime = line.time();
            any = true;
        }
        if (unclosedPending && !cycleEnds) {
            unclosedCycleGap(line);
        }
        if (line.messageStartsWith("Evicted pod: \"") || line.messageStartsWith("Evicted pod in dry run mode: \"")
                || line.messageStartsWith("Error evicting pod: ") || line.messageStartsWith("Error when evicting pod: ")) {
            legacy(line.toEntry());
        } else if (line.messageStartsWith("Evicted pod in dry run mode")) {
            cycleDryRun = true;
            eviction(line.toEntry(), Boolean.TRUE);
        } else if (line.messageStartsWith("Evicted pod because it exceeded its lifetime")) {
            KlogEntry e = line.toEntry();
            if (!cyclePods.contains(e.field("pod"))) {
                pending(e, e.field("pod"), "PodLifeTime", null);
            }
        } else if (line.messageStartsWith("Evicted pod")) {
            KlogEntry e = line.toEntry();
            if (e.message().equals("Evicted pod")) {
                eviction(e, Boolean.FALSE);
            }
        } else if (line.messageStartsWith("Error evicting pod")) {
            cycleFailures++;
            KlogEntry e = line.toEntry();
            failures.add(e.field("err"), e.field("pod"), e);
        } else if (line.messageStartsWith("Pod lacks an eviction annotation and fails the following checks")
                || line.messageStartsWith("Pod fails the following checks")) { // the DefaultEvictor plugin's wording (defaultevictor.go)
            KlogEntry e = line.toEntry();
            notEvictable.add(e.field("checks"), e.field("pod"), e);
        } else if (line.messageStartsWith("Pod ") && line.toEntry().message().contains(NOT_EVICTABLE_V019)) {
            // v0.19: Pod <name> in namespace <ns> is not evictable: Pod lacks … checks: <checks>
            KlogEntry e = line.toEntry();
            String m = e.message();
            int at = m.indexOf(NOT_EVICTABLE_V019);
            String pod = m.substring("Pod ".length(), m.indexOf(" is not evictable: "));
            int ns = pod.indexOf(" in namespace ");
            notEvictable.add(m.substring(at + NOT_EVICTABLE_V019.length()),
                    ns >= 0 ? pod.substring(ns + " in namespace ".length()) + "/" + pod.substring(0, ns) : pod, e);
        } else if (line.messageStartsWith("Processing node")) {
            if (nodes.size() < MAX_NODES) {
                nodes.add(line.quotedField("node"));
            }
        } else if (line.messageIs("Number of evicted pods") && line.sourceFile().endsWith("descheduler.go")
                || line.messageStartsWith("Number of evictions/requests")) {
            // v0.20's node_affinity.go logged the same message for its own total, in the middle of a cycle
            cycleEnds = true;
            unclosedPending = false;
            closeCycle(line.toEntry());
        } else if (line.messageStartsWith("FLAG: --dry-run=")) {
            String m = line.toEntry().message();
            dryRunFlag = m.substring("FLAG: --dry-run=".length()).replace("\"", "");
        }
        lastTime = null;
        lastLine = line;
    }

    private void eviction(KlogEntry e, Boolean dryRun) {
        String strategy = e.field("strategy").isEmpty() ? e.field("reason") : e.field("strategy");
        pending(e, e.field("pod"), strategy, dryRun);
    }

    /**
     * A pre-structured line (see {@link LegacyMessage}). A strategy's own line for the pod the
     * evictions.go line just before it named is the same eviction, not a second one (in dry-run mode
     * it is no eviction at all): descheduler PR #319 removed that duplicate for this reason.
     */
    private void legacy(KlogEntry e) {
        LegacyMessage m = LegacyMessage.of(e.message(), sourceFile(e.source()));
        if (m == null) {
            return;
        }
        switch (m.kind()) {
            case DRY_RUN -> {
                cycleDryRun = true;
                pending(e, m.pod(), m.strategy(), Boolean.TRUE);
            }
            case EVICTED -> pending(e, m.pod(), m.strategy(), Boolean.FALSE);
            case STRATEGY -> {
                if (!m.name().equals(lastLegacyPod)) {
                    pending(e, m.pod(), m.strategy(), null);
                }
            }
            case FAILED -> {
                cycleFailures++;
                failures.add(m.error(), m.pod(), e);
            }
            case FAILED_AGAIN -> {
                if (lastLegacyPod == null) { // no evictions.go failure line before it: the only record of the failure
                    cycleFailures++;
                    failures.add(e.message().substring("Error evicting pod: ".length()), "", e);
                }
            }
            default -> { }
        }
        lastLegacyPod = m.kind() == LegacyMessage.Kind.STRATEGY || m.kind() == LegacyMessage.Kind.FAILED_AGAIN ? null : m.name();
    }

    private void holdUnclosed(KlogEntry e) {
        unclosedPending = true;
        long t = secondsOfYear(e.time());
        if (t >= 0) {
            unclosedClock = t;
        }
        unclosedLastTime = e.time();
        unclosedLastLocation = e.location();
        unclosedLastExcerpt = e.excerpt();
    }

    /**
     * Before v0.21 the descheduler logged no line at the end of a cycle (descheduler.go ran the
     * strategies inside {@code wait.Until} without a word; "Number of evicted pods" moved there with
     * descheduler PR #502), so the cycles of a log that shows no closing line (the printf lines of
     * v0.4–v0.19, the structured lines of v0.20) are told apart by the pause between them: the
     * strategies of one cycle run back to back, then the descheduler sleeps for its
     * {@code --descheduling-interval} (minutes to an hour: the Helm chart's 5m, the OpenShift
     * operator's 3600s). An entry {@value #UNCLOSED_CYCLE_GAP_SECONDS} s or more after the one before
     * it, while the open cycle holds evictions and no closing line has been seen, starts a new cycle;
     * without it a day of hourly cycles would read as one cycle that evicted every pod of the day.
     */
    private void unclosedCycleGap(KlogLine line) {
        long t = secondsOfYear(line.time());
        if (t < 0) {
            return;
        }
        if (unclosedClock >= 0) {
            long gap = t >= unclosedClock ? t - unclosedClock : t + YEAR_SECONDS - unclosedClock;
            if (gap >= UNCLOSED_CYCLE_GAP_SECONDS) {
                closeUnfinishedCycle(unclosedLastTime, unclosedLastLocation, unclosedLastExcerpt);
                unclosedPending = false;
                unclosedClock = -1;
                return;
            }
        }
        unclosedClock = t;
        unclosedLastTime = line.time();
        unclosedLastLocation = line.location();
        unclosedLastExcerpt = line.excerpt();
    }

    static final long UNCLOSED_CYCLE_GAP_SECONDS = 60;
    private static final long YEAR_SECONDS = 365L * 86_400;
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /**
     * Seconds since 1 January of a klog time ({@code MM-DD hh:mm:ss.uuuuuu}, or
     * {@code YYYY-MM-DDThh:mm:ss.uuuuuu} once the year is known); -1 for any other form.
     */
    static long secondsOfYear(String time) {
        int at;
        if (time.length() >= 19 && time.charAt(4) == '-' && time.charAt(10) == 'T') {
            at = 5;
        } else if (time.length() >= 14 && time.charAt(2) == '-' && time.charAt(5) == ' ') {
            at = 0;
        } else {
            return -1;
        }
        int month = twoDigits(time, at);
        int day = twoDigits(time, at + 3);
        int h = twoDigits(time, at + 6);
        int m = twoDigits(time, at + 9);
        int sec = twoDigits(time, at + 12);
        if (month < 1 || month > 12 || day < 1 || h < 0 || m < 0 || sec < 0) {
            return -1;
        }
        return (DAYS_BEFORE_MONTH[month - 1] + day - 1) * 86_400L + h * 3_600L + m * 60L + sec;
    }

    private static int twoDigits(String s, int i) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    }

    private static String sourceFile(String source) {
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }

    private void pending(KlogEntry e, String pod, String strategy, Boolean dryRun) {
        if (!cycleEnds) {
            holdUnclosed(e);
        }
        if (cyclePods.size() < MAX_CYCLE_BUFFER) {
            cyclePods.add(pod); // beyond, a PodLifeTime line may count once more: memory stays bounded
        }
        if (cycleEvictions.size() < MAX_CYCLE_BUFFER) {
            cycleEvictions.add(new Pending(e, pod, strategy, dryRun));
        } else {
            settle(new Pending(e, pod, strategy, dryRun), cycleCount + 1);
        }
    }

    private void closeCycle(KlogEntry total) {
        cycleCount++;
        long real = 0;
        long simulated = 0;
        for (Pending p : cycleEvictions) {
            if (settle(p, cycleCount)) {
                simulated++;
            } else {
                real++;
            }
        }
        if (cycles.size() < MAX_CYCLES) {
            long reported = number(total.field("totalEvicted"));
            cycles.add(new DeschedulerCycle(cycleCount, total.time(), reported, real, simulated, cycleFailures,
                    total.location(), total.excerpt()));
        }
        cycleEvictions.clear();
        cyclePods.clear();
        cycleFailures = 0;
        cycleDryRun = false;
    }

    /** Counts one eviction into the totals; true when it was a dry run. */
    private boolean settle(Pending p, long cycle) {
        boolean dry = p.dryRun() != null ? p.dryRun() : cycleDryRun || "true".equals(dryRunFlag);
        int slash = p.pod().indexOf('/');
        String ns = slash < 0 ? "" : p.pod().substring(0, slash);
        String name = slash < 0 ? p.pod() : p.pod().substring(slash + 1);
        String workload = ns.isEmpty() ? Workloads.ownerOf(name) : ns + "/" + Workloads.ownerOf(name);
        KlogEntry e = p.entry();
        DeschedulerEviction ev = new DeschedulerEviction(ns, name, workload, e.field("node"), p.strategy(),
                e.field("reason"), e.field("profile"), dry, cycle, e.time(), e.location(), e.excerpt());
        if (dry) {
            dryRunEvictions++;
        } else {
            evictions++;
        }
        if (samples.size() < MAX_SAMPLES) {
            samples.add(ev);
        }
        if (!p.strategy().isEmpty() && (strategies.size() < MAX_STRATEGIES || strategies.containsKey(p.strategy()))) {
            strategies.merge(p.strategy(), 1L, Long::sum);
        }
        WorkloadTally w = workloads.get(workload);
        if (w == null && workloads.size() < MAX_WORKLOADS) {
            w = new WorkloadTally(workload);
            workloads.put(workload, w);
        }
        if (w != null) {
            w.add(ev);
        }
        return dry;
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean isEmpty() {
        return !any;
    }

    DeschedulerLog build(ParseInput input, String namespace, String pod, boolean previous) {
        // the log ends inside a cycle that already evicted: count it as an unfinished cycle
        if (!cycleEvictions.isEmpty()) {
            closeUnfinishedCycle(lastLine.time(), lastLine.location(), lastLine.excerpt());
        }
        if (lastTime == null) {
            lastTime = lastLine.time();
        }
        List<DeschedulerWorkloadEvictions> top = workloads.values().stream().map(WorkloadTally::toRecord)
                .sorted((a, b) -> Long.compare(b.evictions(), a.evictions())).limit(MAX_WORKLOADS_KEPT).toList();
        DeschedulerTotals totals = new DeschedulerTotals(cycleCount, evictions, dryRunEvictions, failures.total(),
                notEvictable.total(), nodes.size());
        return new DeschedulerLog(namespace, pod, previous, dryRunFlag, totals, cycles, samples, top, failures.groups(),
                notEvictable.groups(), strategies, firstTime, lastTime, input.location(0));
    }

    /** Closes a cycle that holds evictions but no closing line, at its last entry. */
    private void closeUnfinishedCycle(String time, Location location, String excerpt) {
        if (!cycleEvictions.isEmpty()) {
            long before = evictions + dryRunEvictions;
            long dry = dryRunEvictions;
            cycleCount++;
            for (Pending p : cycleEvictions) {
                settle(p, cycleCount);
            }
            if (cycles.size() < MAX_CYCLES) {
                long simulated = dryRunEvictions - dry;
                cycles.add(new DeschedulerCycle(cycleCount, time, -1,
                        evictions + dryRunEvictions - before - simulated, simulated, cycleFailures, location, excerpt));
            }
            cycleEvictions.clear();
            cyclePods.clear();
            cycleFailures = 0;
            cycleDryRun = false;
        }
    }
}
