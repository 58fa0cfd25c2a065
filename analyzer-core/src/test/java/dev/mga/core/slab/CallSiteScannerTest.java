package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.IdRanges;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallSiteScannerTest {

    @Test
    void countsUpToLongMaxAreReadAndOneMoreIsLeftToTheGrammar() {
        assertThat(CallSiteScanner.scan("9223372036854775807 f+0x1/0x2 age=1 pid=1").count()).isEqualTo(Long.MAX_VALUE);
        assertThat(CallSiteScanner.scan("9223372036854775806 f+0x1/0x2 age=1 pid=1").count()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(CallSiteScanner.scan("9223372036854775808 f+0x1/0x2 age=1 pid=1")).isNull();
        assertThat(CallSiteScanner.scan("92233720368547758070 f+0x1/0x2 age=1 pid=1")).isNull();
        assertThat(CallSiteScanner.scan("1 f+0x1/0x2 age=-9223372036854775807 pid=1").ageMin()).isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    void readsALineInsideALargerBufferWithoutLookingPastIt() {
        byte[] buf = "xx   7 alloc_pipe_info+0x1a/0x30 age=1 pid=2-3 cpus=0-3,5\n  9 other".getBytes(StandardCharsets.UTF_8);
        int end = new String(buf, StandardCharsets.UTF_8).indexOf('\n');
        CallSiteScanner scanner = new CallSiteScanner();
        CallSiteLineParser.Parsed p = scanner.callSite(buf, 2, end - 2);
        assertThat(p.count()).isEqualTo(7);
        assertThat(p.caller()).isEqualTo(new CodeLocation("alloc_pipe_info", 0x1a, 0x30, "", ""));
        assertThat(p.cpus()).isEqualTo(new IdRanges("0-3,5", 5));
        // the same cpu list on the next line is the same object, built once
        assertThat(scanner.callSite(buf, 2, end - 2).cpus()).isSameAs(p.cpus());
        assertThat(scanner.callSite(buf, 2, end - 3)).as("cut after the comma").isNull();
    }
}
