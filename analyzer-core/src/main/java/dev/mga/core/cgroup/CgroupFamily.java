package dev.mga.core.cgroup;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.FactSubject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cgroup family: memory controller files of cgroups v1 and v2, per pod and container under {@code kubepods}.
 * sos copies the whole of {@code /sys/fs/cgroup} (cgroups.py: {@code add_copy_spec(["/proc/cgroups", "/sys/fs/cgroup",
 * …])}); pasted {@code grep -H} listings are recognised by content.
 */
public final class CgroupFamily implements ArtifactFamily {

    static final String FILES = "memory.{limit_in_bytes,usage_in_bytes,max_usage_in_bytes,failcnt,soft_limit_in_bytes,"
            + "memsw.limit_in_bytes,memsw.usage_in_bytes,memsw.max_usage_in_bytes,memsw.failcnt,oom_control,stat,"
            + "current,max,peak,high,low,min,events,events.local,swap.current,swap.max,swap.peak,swap.events}";
    private static final Pattern GREP_LINE = Pattern.compile("^\\S{0,4096}/(memory\\.[a-z_.]{1,40}):\\S");

    @Override
    public String name() {
        return "cgroup";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(ArtifactType.declare("cgroup.memory")
                .describedAs("cgroup v1/v2 memory files (memory.stat, usage/current, limit/max, failcnt, events,"
                        + " oom_control) of /sys/fs/cgroup, or a grep -H listing of them")
                .paths("**/fs/cgroup/**/" + FILES) // also a copy of /sys itself: fs/cgroup/…
                // write-only or empty files (memory.force_empty, an unread counter) are left unrecognised, not failed
                .accepts(sample -> sample.length() > 0 && !sample.isBinary())
                .sniffer(CgroupFamily::grepListing)
                .sniffPriority(2)
                .parser(new CgroupFileParser())
                .build());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new CgroupSubjects.Memory());
    }

    /** {@code grep -H . …/memory.*}: most lines name a memory file the parser reads. */
    static boolean grepListing(ContentSample sample) {
        if (sample.isBinary()) {
            return false;
        }
        List<String> lines = sample.nonBlankLines(20);
        int known = 0;
        for (String l : lines) {
            Matcher m = GREP_LINE.matcher(l);
            if (m.lookingAt() && (CgroupFileParser.VALUE_FILES.contains(m.group(1))
                    || CgroupFileParser.COUNTER_FILES.contains(m.group(1)))) {
                known++;
            }
        }
        return known >= 2 && known * 2 >= lines.size();
    }
}
