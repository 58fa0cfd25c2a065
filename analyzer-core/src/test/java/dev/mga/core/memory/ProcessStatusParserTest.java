package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.memory.ProcessStatus;
import dev.mga.core.testing.Parsing;
import org.junit.jupiter.api.Test;

class ProcessStatusParserTest {

    private final ProcessStatusParser parser = new ProcessStatusParser();

    @Test
    void hugetlbProcess() {
        Parsing r = Parsing.fixture(parser, "memory/hugepages-reserved/capture/proc/15810/status");
        assertThat(r.diagnostics).isEmpty();
        ProcessStatus s = r.only(ProcessStatus.class);
        assertThat(s.pid()).isEqualTo(15810);
        assertThat(s.name()).isEqualTo("hugemap");
        assertThat(s.residentBytes()).isEqualTo(1508L * 1024);
        assertThat(s.hugetlbBytes()).isEqualTo(24576L * 1024);
        assertThat(s.bytes()).containsEntry("VmPeak", 100780L * 1024).containsEntry("VmSize", 100780L * 1024);
        assertThat(s.values()).containsEntry("State", "S (sleeping)").containsEntry("PPid", "15804")
                .containsEntry("Threads", "1");
    }

    @Test
    void ordinaryProcess() {
        Parsing r = Parsing.fixture(parser, "memory/host-healthy/capture/sosreport-vm-2026-11-25-wtmem01/proc/16577/status");
        ProcessStatus s = r.only(ProcessStatus.class);
        assertThat(r.diagnostics).isEmpty();
        assertThat(s.host()).isEqualTo("vm");
        assertThat(s.name()).isEqualTo("wtmem-sleep");
        assertThat(s.residentBytes()).isEqualTo(1664L * 1024);
        assertThat(s.hugetlbBytes()).isZero();
        assertThat(s.values()).hasSizeGreaterThan(50);
    }
}
