package dev.mga.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.testing.Parsing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the kernel pairs hugepages= with hugepagesz=, on the real command lines of fixtures/node/kernel-args. */
class BootHugepagesTest {

    private static KernelCommandLine cmdline(String guest) {
        return (KernelCommandLine) Parsing.fixture(new KernelCmdlineParser(), "node/kernel-args/" + guest + "/state/proc/cmdline")
                .records.get(0);
    }

    @Test
    void eachHugepagesFillsThePrecedingSize() {
        KernelCommandLine c = cmdline("pool-short-6.1.0-57");
        assertThat(BootHugepages.requested(c)).containsExactly(Map.entry(1L << 30, 2L), Map.entry(2L << 20, 128L));
        assertThat(BootHugepages.arguments(c, 1L << 30)).isEqualTo("default_hugepagesz=1G hugepagesz=1G hugepages=2");
        assertThat(BootHugepages.requested(cmdline("pool-matches-6.1.0-57"))).containsExactly(Map.entry(2L << 20, 64L));
    }

    /** The kernel-parameters.txt forms: a bare hugepages= fills the default size; node:count pairs are summed. */
    @Test
    void defaultSizeAndPerNodeCounts() {
        KernelCommandLine c = new KernelCommandLine("", "test", KernelCommandLine.split(
                "default_hugepagesz=1G hugepages=4 hugepagesz=2M hugepages=0:256,1:256"), null, "");
        assertThat(BootHugepages.requested(c)).containsExactly(Map.entry(1L << 30, 4L), Map.entry(2L << 20, 512L));
        assertThat(BootHugepages.size("2048K")).isEqualTo(2L << 20);
        assertThat(BootHugepages.size("huge")).isEqualTo(-1);
    }
}
