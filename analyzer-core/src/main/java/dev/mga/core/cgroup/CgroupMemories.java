package dev.mga.core.cgroup;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.cgroup.CgroupCounter;
import dev.mga.core.model.cgroup.CgroupMemory;
import dev.mga.core.model.cgroup.CgroupMemoryFile;
import dev.mga.core.model.cgroup.PodCgroup;
import dev.mga.core.model.memory.CapturedLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Joins the memory files of each cgroup (per host) into one {@link CgroupMemory}. */
public final class CgroupMemories {

    private CgroupMemories() {
    }

    /** Every cgroup with a captured memory file, in reading order. Files whose path names no cgroup are left out. */
    public static List<CgroupMemory> of(CaptureModel model) {
        Map<String, List<CgroupMemoryFile>> byCgroup = new LinkedHashMap<>();
        for (CgroupMemoryFile f : model.all(CgroupMemoryFile.class)) {
            if (!f.cgroup().isEmpty()) {
                byCgroup.computeIfAbsent(f.host() + "\u0000" + f.cgroup(), k -> new ArrayList<>()).add(f);
            }
        }
        List<CgroupMemory> out = new ArrayList<>();
        byCgroup.values().forEach(files -> out.add(join(files)));
        return out;
    }

    private static CgroupMemory join(List<CgroupMemoryFile> files) {
        Map<String, CgroupMemoryFile> byName = new LinkedHashMap<>();
        int version = 0;
        for (CgroupMemoryFile f : files) {
            byName.putIfAbsent(f.file(), f);
            version = Math.max(version, f.version());
        }
        if (version == 0) {
            CgroupMemoryFile stat = byName.get("memory.stat");
            version = stat != null && stat.counters().containsKey("cache") ? 1 : 2;
        }
        List<CapturedLine> evidence = new ArrayList<>();
        boolean v1 = version == 1;
        long limit = limit(byName.get(v1 ? "memory.limit_in_bytes" : "memory.max"), evidence);
        long usage = value(byName.get(v1 ? "memory.usage_in_bytes" : "memory.current"), null);
        long peak = value(byName.get(v1 ? "memory.max_usage_in_bytes" : "memory.peak"), evidence);
        long failcnt = v1 ? value(byName.get("memory.failcnt"), evidence) : -1;
        CgroupMemoryFile events = byName.containsKey("memory.events.local") ? byName.get("memory.events.local")
                : byName.get("memory.events");
        long limitHits = v1 ? -1 : counter(events, "max", evidence);
        long oomKills = v1 ? counter(byName.get("memory.oom_control"), "oom_kill", evidence) : counter(events, "oom_kill", evidence);
        long ooms = v1 ? -1 : counter(events, "oom", null);
        CgroupMemoryFile stat = byName.get("memory.stat");
        long anon = stat == null ? -1 : stat.counter(v1 ? "rss" : "anon");
        CgroupMemoryFile first = files.get(0);
        return new CgroupMemory(first.host(), first.cgroup(), version, limit, usage, peak, failcnt, limitHits, oomKills, ooms,
                anon, PodCgroup.of(first.cgroup()).orElse(null), evidence,
                evidence.isEmpty() ? first.location() : evidence.get(0).location());
    }

    private static long limit(CgroupMemoryFile f, List<CapturedLine> evidence) {
        if (f == null || f.unlimited()) {
            return -1;
        }
        evidence.add(f);
        return f.value();
    }

    private static long value(CgroupMemoryFile f, List<CapturedLine> evidence) {
        if (f == null) {
            return -1;
        }
        if (evidence != null && f.value() > 0) {
            evidence.add(f);
        }
        return f.value();
    }

    private static long counter(CgroupMemoryFile f, String key, List<CapturedLine> evidence) {
        if (f == null || !f.counters().containsKey(key)) {
            return -1;
        }
        CgroupCounter c = f.counters().get(key);
        if (evidence != null && c.value() > 0) {
            evidence.add(c);
        }
        return c.value();
    }
}
