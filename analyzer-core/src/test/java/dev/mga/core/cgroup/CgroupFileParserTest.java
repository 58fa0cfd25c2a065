package dev.mga.core.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.cgroup.CgroupMemoryFile;
import dev.mga.core.testing.Parsing;
import org.junit.jupiter.api.Test;

/** Real cgroup files of fixtures/node: the path names the cgroup and the file, v1 "no limit" reads as unlimited. */
class CgroupFileParserTest {

    private static final String V1 = "node/oom/v1-host-6.18/sys/fs/cgroup/memory/kubepods.slice/kubepods-burstable.slice/"
            + "kubepods-burstable-pod049d4940_2a6e_42cc_a23e_ef839ce824c3.slice";
    private static final String SCOPE = "crio-a47e87b491f31968ea2b00d5b58c812dd74021220eb9a743ae12897b698c2584.scope";

    private static CgroupMemoryFile one(String fixture) {
        Parsing p = Parsing.fixture(new CgroupFileParser(), fixture);
        assertThat(p.diagnostics).isEmpty();
        return (CgroupMemoryFile) p.records.get(0);
    }

    @Test
    void v1LimitAndOomControl() {
        CgroupMemoryFile limit = one(V1 + "/" + SCOPE + "/memory.limit_in_bytes");
        assertThat(limit).extracting(CgroupMemoryFile::cgroup, CgroupMemoryFile::version, CgroupMemoryFile::value,
                CgroupMemoryFile::unlimited).containsExactly("/kubepods.slice/kubepods-burstable.slice/"
                        + "kubepods-burstable-pod049d4940_2a6e_42cc_a23e_ef839ce824c3.slice/" + SCOPE, 1, 67108864L, false);
        CgroupMemoryFile oom = one(V1 + "/" + SCOPE + "/memory.oom_control");
        assertThat(oom.counter("oom_kill")).isEqualTo(1);
        assertThat(oom.counters().get("oom_kill").location().line()).isEqualTo(3);
        CgroupMemoryFile podLimit = one(V1 + "/memory.limit_in_bytes");
        assertThat(podLimit.unlimited()).isTrue();
    }

    @Test
    void v2MaxAndEvents() {
        String leaf = "node/oom/v2-guest-6.12.100/sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice/"
                + "kubepods-burstable-poda4839fd2_5610_4118_9294_dbdc9adac09e.slice";
        assertThat(one(leaf + "/memory.max").unlimited()).isTrue();
        CgroupMemoryFile events = one(leaf + "/crio-0e577c3304ac63ae6f63434174ccbcf3fd5d776b8001460b72141a2ef7bfcd97.scope/memory.events.local");
        assertThat(events.version()).isEqualTo(2);
        assertThat(events.counters()).containsOnlyKeys("low", "high", "max", "oom", "oom_kill", "oom_group_kill");
        assertThat(events.counter("max")).isEqualTo(35);
    }

    @Test
    void cgroupOfPaths() {
        assertThat(CgroupFileParser.cgroupOf("sos/sys/fs/cgroup/memory/memory.stat", "memory.stat")).isEqualTo("/");
        assertThat(CgroupFileParser.cgroupOf("fs/cgroup/unified/a/memory.max", "memory.max")).isEqualTo("/a");
        assertThat(CgroupFileParser.cgroupOf("memory.max", "memory.max")).isEmpty();
    }
}
