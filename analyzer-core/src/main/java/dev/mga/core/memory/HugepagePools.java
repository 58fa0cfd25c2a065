package dev.mga.core.memory;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.model.memory.FreeOutput;
import dev.mga.core.model.memory.HugeadmPool;
import dev.mga.core.model.memory.HugepageCounter;
import dev.mga.core.model.memory.HugepagePool;
import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.model.memory.SysctlSetting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Joins the hugepage counters of a capture into one {@link HugepagePool} per host, NUMA node and
 * page size. The most direct source fills each count first — sysfs, then meminfo, then hugeadm,
 * then sysctl — and the others only fill what it left unknown.
 */
public final class HugepagePools {

    private record Key(String host, int numaNode, long pageSizeBytes) {
    }

    private HugepagePools() {
    }

    public static List<HugepagePool> of(CaptureModel model) {
        Map<String, Long> defaultSize = defaultSizes(model);
        Map<Key, PoolBuilder> pools = new TreeMap<>(Comparator.comparing(Key::host).thenComparingInt(Key::numaNode)
                .thenComparingLong(Key::pageSizeBytes));
        for (HugepageCounter c : model.all(HugepageCounter.class)) {
            pools.computeIfAbsent(new Key(c.host(), c.numaNode(), c.pageSizeBytes()), k -> new PoolBuilder("sysfs"))
                    .counter(c);
        }
        for (Meminfo m : model.all(Meminfo.class)) {
            if (m.field("HugePages_Total").isEmpty() && m.field("HugePages_Free").isEmpty()) {
                continue;
            }
            long size = m.numaNode() < 0 && m.value("Hugepagesize") > 0 ? m.value("Hugepagesize")
                    : defaultSize.getOrDefault(m.host(), 0L);
            pools.computeIfAbsent(new Key(m.host(), m.numaNode(), size), k -> new PoolBuilder("meminfo")).meminfo(m);
        }
        for (HugeadmPool p : model.all(HugeadmPool.class)) {
            pools.computeIfAbsent(new Key(p.host(), -1, p.pageSizeBytes()), k -> new PoolBuilder("hugeadm")).hugeadm(p);
        }
        for (SysctlSetting s : model.all(SysctlSetting.class)) {
            // configuration (sysctl.conf) is what the host applies at boot, not the pool it has now
            boolean pool = !s.configuration()
                    && (s.key().equals("vm.nr_hugepages") || s.key().equals("vm.nr_overcommit_hugepages"));
            if (pool && s.number() >= 0) {
                Key k = new Key(s.host(), -1, defaultSize.getOrDefault(s.host(), 0L));
                pools.computeIfAbsent(k, x -> new PoolBuilder("sysctl")).sysctl(s);
            }
        }
        Map<String, Long> memTotal = memTotals(model);
        List<HugepagePool> out = new ArrayList<>();
        pools.forEach((k, b) -> out.add(b.build(k.host(), k.numaNode(), k.pageSizeBytes(),
                memTotal.getOrDefault(k.host() + "#" + k.numaNode(), -1L))));
        out.addAll(summedNodes(out, memTotal));
        return out;
    }

    /**
     * The host's pool of a size captured per NUMA node only ({@code cat …/node1/hugepages/…/free_hugepages},
     * per-node meminfo): the sum of its nodes, so the host-wide rules see it. A count one node lacks is
     * unknown for the sum.
     */
    private static List<HugepagePool> summedNodes(List<HugepagePool> pools, Map<String, Long> memTotal) {
        Map<Key, List<HugepagePool>> nodes = new TreeMap<>(Comparator.comparing(Key::host)
                .thenComparingLong(Key::pageSizeBytes).thenComparingInt(Key::numaNode));
        Set<Key> hostWide = new HashSet<>();
        for (HugepagePool p : pools) {
            Key k = new Key(p.host(), -1, p.pageSizeBytes());
            if (p.numaNode() < 0) {
                hostWide.add(k);
            } else {
                nodes.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        List<HugepagePool> sums = new ArrayList<>();
        nodes.forEach((k, list) -> {
            if (hostWide.contains(k)) {
                return;
            }
            List<CapturedLine> evidence = new ArrayList<>();
            list.forEach(p -> evidence.addAll(p.evidence()));
            HugepagePool first = list.get(0);
            sums.add(new HugepagePool(k.host(), -1, k.pageSizeBytes(), first.source(), sum(list, HugepagePool::total),
                    sum(list, HugepagePool::free), sum(list, HugepagePool::reserved), sum(list, HugepagePool::surplus),
                    sum(list, HugepagePool::overcommit), memTotal.getOrDefault(k.host() + "#-1", -1L), evidence,
                    first.location()));
        });
        return sums;
    }

    private static long sum(List<HugepagePool> pools, ToLongFunction<HugepagePool> count) {
        long total = 0;
        for (HugepagePool p : pools) {
            long c = count.applyAsLong(p);
            if (c < 0) {
                return -1;
            }
            total += c;
        }
        return total;
    }

    /** Each host's default page size, from meminfo's {@code Hugepagesize} or hugeadm's {@code *}. */
    private static Map<String, Long> defaultSizes(CaptureModel model) {
        Map<String, Long> sizes = new HashMap<>();
        for (HugeadmPool p : model.all(HugeadmPool.class)) {
            if (p.isDefault()) {
                sizes.put(p.host(), p.pageSizeBytes());
            }
        }
        for (Meminfo m : model.all(Meminfo.class)) {
            if (m.value("Hugepagesize") > 0) {
                sizes.put(m.host(), m.value("Hugepagesize"));
            }
        }
        return sizes;
    }

    /** MemTotal per {@code host#numaNode} (-1 for the host): meminfo first, else free's Mem total. */
    private static Map<String, Long> memTotals(CaptureModel model) {
        Map<String, Long> totals = new HashMap<>();
        for (FreeOutput f : model.all(FreeOutput.class)) {
            f.row("Mem").filter(r -> r.value("total") > 0).ifPresent(r -> totals.put(f.host() + "#-1", r.value("total")));
        }
        for (Meminfo m : model.all(Meminfo.class)) {
            if (m.value("MemTotal") > 0) {
                totals.put(m.host() + "#" + m.numaNode(), m.value("MemTotal"));
            }
        }
        return totals;
    }

    /** One pool's counts while the sources are read; the first source to give a count wins. */
    private static final class PoolBuilder {
        private final String source;
        private final List<CapturedLine> evidence = new ArrayList<>();
        private long total = -1;
        private long free = -1;
        private long reserved = -1;
        private long surplus = -1;
        private long overcommit = -1;

        PoolBuilder(String source) {
            this.source = source;
        }

        void counter(HugepageCounter c) {
            switch (c.counter()) {
                case "nr_hugepages" -> total = take(total, c.value(), c);
                case "free_hugepages" -> free = take(free, c.value(), c);
                case "resv_hugepages" -> reserved = take(reserved, c.value(), c);
                case "surplus_hugepages" -> surplus = take(surplus, c.value(), c);
                case "nr_overcommit_hugepages" -> overcommit = take(overcommit, c.value(), c);
                default -> { } // nr_hugepages_mempolicy, demote…: not part of the pool's balance
            }
        }

        void meminfo(Meminfo m) {
            total = take(total, m, "HugePages_Total");
            free = take(free, m, "HugePages_Free");
            reserved = take(reserved, m, "HugePages_Rsvd");
            surplus = take(surplus, m, "HugePages_Surp");
        }

        private long take(long current, Meminfo m, String key) {
            return m.field(key).map(f -> take(current, f.value(), f)).orElse(current);
        }

        void hugeadm(HugeadmPool p) {
            total = take(total, p.current(), p);
            if (overcommit < 0) {
                overcommit = p.maximum() - p.minimum();
            }
        }

        void sysctl(SysctlSetting s) {
            if (s.key().equals("vm.nr_hugepages")) {
                total = take(total, s.number(), s);
            } else {
                overcommit = take(overcommit, s.number(), s);
            }
        }

        /** The count already known, else {@code value}, citing where it came from. */
        private long take(long current, long value, CapturedLine from) {
            if (current >= 0) {
                return current;
            }
            evidence.add(from);
            return value;
        }

        HugepagePool build(String host, int numaNode, long size, long memTotal) {
            return new HugepagePool(host, numaNode, size, source, total, free, reserved, surplus, overcommit, memTotal,
                    evidence, evidence.isEmpty() ? null : evidence.get(0).location());
        }
    }
}
