package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Severity;
import dev.mga.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kernel.slab.dominant-cache} on real pastes: a reclaimable filesystem cache that holds most of
 * the slab is named at info; the same table judged with no cache counted reclaimable is a warning;
 * a shared kmalloc cache, or a cache under the size floor, gives nothing.
 */
class DominantCacheRuleTest {

    private static final String RULE = "kernel.slab.dominant-cache";
    /** slabtop -o -s c | head: ext4_inode_cache 10.2 GiB of 11.2 GiB (toofishes.net). */
    private static final Path EXT4 = Fixtures.path("real-world/slab/blog-toofishes-slabtop-ext4-inode-cache-dominant/paste.txt");
    /** Quoted meminfo and slabtop rows of a ppc64 host whose kmalloc-16384 holds most (lkml 2013-12-27). */
    private static final Path KMALLOC = Fixtures.path("real-world/slab/lkml-20131227-ppc64-meminfo-slabtop-rows-quoted/paste.txt");

    private static List<Finding> run(Path input, Analyzer.Builder b) {
        return b.onlyRules(RULE).build().analyze(input).findings();
    }

    @Test
    void aReclaimableFilesystemCacheIsNamedAtInfoWithItsBytesAndItsRow() {
        List<Finding> f = run(EXT4, Analyzer.builder());
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).summary()).contains("ext4_inode_cache", "10.2 GiB", "92%", "11.2 GiB", "given back under memory pressure");
        // the evidence is the cache's own row, and the slab total is slabtop's (the paste shows only 8 rows)
        assertThat(f.get(0).evidence()).extracting(Evidence::where).anyMatch(w -> w.endsWith("paste.txt:9"));
    }

    @Test
    void theSameCacheNotCountedReclaimableIsAWarning() {
        List<Finding> f = run(EXT4, Analyzer.builder().ruleParam(RULE, "reclaimableCaches", "[dentry]"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.summary()).contains("ext4_inode_cache", "held by one kernel subsystem");
        });
    }

    @Test
    void belowTheFloorOrUnderHalfNothingIsSaid() {
        assertThat(run(EXT4, Analyzer.builder().ruleParam(RULE, "minBytes", "11Gi"))).isEmpty();
        assertThat(run(EXT4, Analyzer.builder().ruleParam(RULE, "minShare", "95%"))).isEmpty();
    }

    @Test
    void aSharedKmallocCacheIsLeftToTheCallSiteRules() {
        // kmalloc-16384 holds 1.7 GiB, 38% of the rows shown, and is shared: nothing here
        assertThat(run(KMALLOC, Analyzer.builder().ruleParam(RULE, "minShare", "10%"))).isEmpty();
    }
}
