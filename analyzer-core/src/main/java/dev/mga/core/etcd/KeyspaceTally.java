package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdKeyStats;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Streams keys of a listing into bounded aggregates: two top-K heaps (most writes, latest
 * write) and counters per resource and per resource and namespace. Memory is bounded by K and by
 * the number of distinct groups (capped), never by the number of keys. Not thread-safe.
 */
final class KeyspaceTally {

    static final int TOP_KEYS = 20;
    static final int RECENT_KEYS = 10;
    static final int TOP_NAMESPACES = 100;
    /** Distinct (resource, namespace) groups kept; beyond, keys are counted in one overflow group. */
    static final int MAX_GROUPS = 200_000;

    private static final Comparator<EtcdKeyStats> BY_UPDATES = Comparator.comparingLong(EtcdKeyStats::version)
            .thenComparingDouble(EtcdKeyStats::writeShare).thenComparing(EtcdKeyStats::key, Comparator.reverseOrder());
    private static final Comparator<EtcdKeyStats> BY_MOD = Comparator.comparingLong(EtcdKeyStats::modRevision)
            .thenComparing(EtcdKeyStats::key, Comparator.reverseOrder());

    private final PriorityQueue<EtcdKeyStats> topUpdates = new PriorityQueue<>(BY_UPDATES);
    private final PriorityQueue<EtcdKeyStats> recent = new PriorityQueue<>(BY_MOD);
    private final Map<String, long[]> perResource = new HashMap<>();
    private final Map<String, long[]> perNamespace = new HashMap<>();
    private long keys;
    private long reportedCount = -1;
    private long revision = -1;
    private boolean versions;
    private boolean overflow;

    /** Adds one key; -1 for the numbers the listing does not carry. */
    void add(String key, long create, long mod, long version, Location at, String excerpt) {
        keys++;
        versions |= version >= 0;
        EtcdKeyStats k = EtcdKeyStats.of(key, create, mod, version, at, excerpt);
        String resource = k.resource().isEmpty() ? "(not a Kubernetes key)" : k.resource();
        long updates = Math.max(version, 0);
        if (perResource.size() < MAX_GROUPS || perResource.containsKey(resource)) {
            bump(perResource, resource, updates);
        } else {
            overflow = true;
            bump(perResource, "(other resources)", updates);
        }
        String group = resource + '\0' + k.namespace();
        if (perNamespace.size() < MAX_GROUPS || perNamespace.containsKey(group)) {
            bump(perNamespace, group, updates);
        } else {
            overflow = true;
            bump(perNamespace, resource + '\0' + "(other namespaces)", updates);
        }
        if (version >= 0) {
            offer(topUpdates, k, TOP_KEYS, BY_UPDATES);
        }
        if (mod >= 0) {
            offer(recent, k, RECENT_KEYS, BY_MOD);
        }
    }

    /** The {@code Count} etcd reported for the range. */
    void reportedCount(long count) {
        reportedCount = count;
    }

    void revision(long rev) {
        revision = rev;
    }

    boolean isEmpty() {
        return keys == 0 && reportedCount < 0;
    }

    boolean overflowed() {
        return overflow;
    }

    private static void bump(Map<String, long[]> map, String group, long updates) {
        long[] c = map.computeIfAbsent(group, g -> new long[2]);
        c[0]++;
        c[1] += updates;
    }

    private static void offer(PriorityQueue<EtcdKeyStats> heap, EtcdKeyStats k, int size, Comparator<EtcdKeyStats> order) {
        if (heap.size() < size) {
            heap.add(k);
        } else if (order.compare(k, heap.peek()) > 0) {
            heap.poll();
            heap.add(k);
        }
    }

    EtcdKeyspace build(String format, Location listing) {
        List<EtcdResourceCount> resources = new ArrayList<>();
        perResource.forEach((r, c) -> resources.add(new EtcdResourceCount(r, "", c[0], versions ? c[1] : -1, -1, listing,
                r + ": " + c[0] + " keys")));
        resources.sort(Comparator.comparingLong(EtcdResourceCount::keys).reversed().thenComparing(EtcdResourceCount::resource));
        List<EtcdResourceCount> namespaces = new ArrayList<>();
        perNamespace.forEach((g, c) -> {
            int sep = g.indexOf('\0');
            String ns = g.substring(sep + 1);
            if (!ns.isEmpty()) {
                namespaces.add(new EtcdResourceCount(g.substring(0, sep), ns, c[0], versions ? c[1] : -1, -1, listing,
                        g.substring(0, sep) + " in " + ns + ": " + c[0] + " keys"));
            }
        });
        namespaces.sort(Comparator.comparingLong(EtcdResourceCount::keys).reversed()
                .thenComparing(EtcdResourceCount::resource).thenComparing(EtcdResourceCount::namespace));
        List<EtcdKeyStats> top = new ArrayList<>(topUpdates);
        top.sort(BY_UPDATES.reversed());
        List<EtcdKeyStats> last = new ArrayList<>(recent);
        last.sort(BY_MOD.reversed());
        return new EtcdKeyspace(format, keys, reportedCount, revision, versions, top, last, resources,
                namespaces.subList(0, Math.min(TOP_NAMESPACES, namespaces.size())), listing);
    }
}
