package dev.mga.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The registry: by path first, by content for entries no path claims, never for binaries. */
class DetectionTest {

    private final ArtifactTypes types = ArtifactTypes.discover();
    private final String seed = Fixtures.read("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls");

    @Test
    void registryHoldsTheSlabTypesThroughServiceLoader() {
        assertThat(types.all()).extracting(ArtifactType::id).contains("slab.calls", "slab.slabinfo", "slab.slabtop");
        assertThat(types.byId("slab.calls")).isPresent();
        assertThat(types.byId("nope")).isEmpty();
    }

    @Test
    void pathWins() {
        Detection d = types.detect("mg/nodes/n/sys/kernel/slab/kmalloc-32/alloc_calls", ContentSample.of("anything")).orElseThrow();
        assertThat(d.type().id()).isEqualTo("slab.calls");
        assertThat(d.by()).isEqualTo("path");
        assertThat(types.detect("sosreport-x/proc/slabinfo", ContentSample.of("")).orElseThrow().type().id()).isEqualTo("slab.slabinfo");
    }

    @Test
    void contentRecognisesLooseFiles() {
        Detection d = types.detect("case-notes/output.txt", ContentSample.of(seed)).orElseThrow();
        assertThat(d.type().id()).isEqualTo("slab.calls");
        assertThat(d.by()).isEqualTo("content");
        String withPrompt = "$ sort -n /sys/kernel/slab/kmalloc-32/alloc_calls | tail\n" + seed;
        assertThat(types.detect("notes.txt", ContentSample.of(withPrompt))).isPresent();
        assertThat(types.detect("slab.txt", ContentSample.of("slabinfo - version: 2.1\n# name <active_objs>\n")).orElseThrow()
                .type().id()).isEqualTo("slab.slabinfo");
    }

    @Test
    void unrelatedTextAndBinariesAreUnknown() {
        assertThat(types.detect("README.txt", ContentSample.of("uploaded by the customer\n"))).isEmpty();
        assertThat(types.detect("notes.txt", ContentSample.of("12 apples were eaten\n"))).isEmpty();
        byte[] bin = seed.getBytes(StandardCharsets.UTF_8);
        bin[3] = 0;
        assertThat(types.detect("blob", new ContentSample(bin, bin.length, true))).isEmpty();
        assertThat(types.detect("empty", new ContentSample(new byte[0], 0, true))).isEmpty();
    }

    @Test
    void aPathMatchTheContentRefusesFallsBackToSniffingOrUnknown() {
        ArtifactType picky = new ArtifactType() {
            public String id() { return "test.picky"; }
            public String family() { return "test"; }
            public String description() { return "claims every .log, accepts only lines starting with I"; }
            public java.util.List<String> pathPatterns() { return java.util.List.of("**/*.log"); }
            public boolean accepts(ContentSample s) { return s.text().startsWith("I"); }
            public boolean sniff(ContentSample s) { return false; }
            public dev.mga.core.spi.ArtifactParser parser() { return (in, ctx) -> { }; }
        };
        ArtifactTypes t = ArtifactTypes.of(java.util.List.of(picky, types.byId("slab.calls").orElseThrow()));
        assertThat(t.detect("pods/a/current.log", ContentSample.of("I1124 12:00:00.000000 1 x.go:1] hi\n")).orElseThrow()
                .type().id()).isEqualTo("test.picky");
        assertThat(t.detect("pods/a/current.log", ContentSample.of(seed)).orElseThrow().by()).isEqualTo("content");
        assertThat(t.detect("pods/a/current.log", ContentSample.of("plain application output\n"))).isEmpty();
    }
}
