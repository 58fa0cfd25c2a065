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

    /** An eviction line of the open cycle; a strategy-only line learns its dry-run state at cycle end. */
    private record Pending(KlogEntry entry, String pod, String strategy, Boolean dryRun) {
    }

    @Override
    public void accept(KlogLine line) {
        if (!any) {
            firstTime = line.time();
            any = true;
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
        } else if (line.messageStartsWith("Pod lacks an eviction annotation and fails the following checks")) {
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
        } else if (line.messageStartsWith("Number of evicted pods\"") || line.messageStartsWith("Number of evictions/requests")) {
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

    private static String sourceFile(String source) {
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }

    private void pending(KlogEntry e, String pod, String strategy, Boolean dryRun) {
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
        if (!cycleEvictions.isEmpty()) {
            // the log ends inside a cycle that already evicted: count it as an unfinished cycle
            long before = evictions + dryRunEvictions;
            long dry = dryRunEvictions;
            cycleCount++;
            for (Pending p : cycleEvictions) {
                settle(p, cycleCount);
            }
            if (cycles.size() < MAX_CYCLES) {
                long simulated = dryRunEvictions - dry;
                cycles.add(new DeschedulerCycle(cycleCount, lastLine.time(), -1,
                        evictions + dryRunEvictions - before - simulated, simulated, cycleFailures, lastLine.location(), lastLine.excerpt()));
            }
            cycleEvictions.clear();
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
}
