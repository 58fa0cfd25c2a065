package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathHintsTest {

    @Test
    void mustGatherNodes() {
        assertThat(PathHints.host("must-gather.local.1/quay-io-x/nodes/lon06-master-0.xip.io/proc/slabinfo"))
                .isEqualTo("lon06-master-0.xip.io");
        assertThat(PathHints.host("case.zip!/mg.tar.gz!/nodes/worker-1/sys/kernel/slab/kmalloc-32/alloc_calls")).isEqualTo("worker-1");
    }

    @Test
    void sosreportDirectories() {
        assertThat(PathHints.host("sosreport-worker-0-03312345-2022-06-25-abcdefg/proc/meminfo")).isEqualTo("worker-0");
        assertThat(PathHints.host("sosreport-master2-2022-06-25-qwerty/proc/slabinfo")).isEqualTo("master2");
        assertThat(PathHints.host("x/sosreport-node1.example.com-20220625-ab12/proc/meminfo")).isEqualTo("node1.example.com");
    }

    @Test
    void nothingWhenThePathSaysNothing() {
        assertThat(PathHints.host("sys/kernel/slab/kmalloc-32/alloc_calls")).isEmpty();
        assertThat(PathHints.host("case-notes/output.txt")).isEmpty();
    }
}
