package dev.mga.core.descheduler;

import dev.mga.core.model.Location;
import dev.mga.core.model.descheduler.DeschedulerEviction;
import dev.mga.core.model.descheduler.DeschedulerWorkloadEvictions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Counts the evictions of one workload while a log streams; bounded samples. */
final class WorkloadTally {

    private static final int MAX_PODS = 20;
    private static final int MAX_STRATEGIES = 20;

    private final String workload;
    private long evictions;
    private long dryRun;
    private long lastCycle = -1;
    private long cycles;
    private final Set<String> pods = new HashSet<>();
    private long podCount;
    private final List<String> samplePods = new ArrayList<>();
    private final Set<String> strategies = new LinkedHashSet<>();
    private Location first;
    private String firstExcerpt;
    private Location last;
    private String lastExcerpt;

    WorkloadTally(String workload) {
        this.workload = workload;
    }

    void add(DeschedulerEviction e) {
        evictions++;
        if (e.dryRun()) {
            dryRun++;
        }
        if (e.cycle() != lastCycle) {
            cycles++;
            lastCycle = e.cycle();
        }
        if (pods.size() < 1000 && pods.add(e.pod())) {
            podCount++;
            if (samplePods.size() < MAX_PODS) {
                samplePods.add(e.pod());
            }
        }
        if (!e.strategy().isEmpty() && strategies.size() < MAX_STRATEGIES) {
            strategies.add(e.strategy());
        }
        if (first == null) {
            first = e.location();
            firstExcerpt = e.excerpt();
        }
        last = e.location();
        lastExcerpt = e.excerpt();
    }

    DeschedulerWorkloadEvictions toRecord() {
        return new DeschedulerWorkloadEvictions(workload, evictions, dryRun, cycles, podCount, samplePods,
                new ArrayList<>(strategies), first, firstExcerpt, last, lastExcerpt);
    }
}
