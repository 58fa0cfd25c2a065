package dev.mga.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.spi.ArtifactType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void doubleStarSlashAlsoMatchesNoDirectory() {
        PathPattern p = PathPattern.compile("**/sys/kernel/slab/*/{alloc,free}_calls");
        assertThat(p.matches("sys/kernel/slab/kmalloc-32/alloc_calls")).isTrue();
        assertThat(p.matches("mg/nodes/n1/sys/kernel/slab/kmalloc-32/free_calls")).isTrue();
        assertThat(p.matches("case.zip!/mg.tar.gz!/sys/kernel/slab/dentry/alloc_calls")).isTrue();
        assertThat(p.matches("sys/kernel/slab/a/b/alloc_calls")).as("* stays in one segment").isFalse();
        assertThat(p.matches("sys/kernel/slab/kmalloc-32/alloc_calls.txt")).isFalse();
        assertThat(p.matches("xsys/kernel/slab/kmalloc-32/alloc_calls")).isFalse();
    }

    @Test
    void literalsAreQuotedAndSpecificityCountsThem() {
        PathPattern dots = PathPattern.compile("**/proc/slabinfo.txt");
        assertThat(dots.matches("proc/slabinfo.txt")).isTrue();
        assertThat(dots.matches("proc/slabinfoXtxt")).isFalse();
        assertThat(PathPattern.compile("**/sys/kernel/slab/*/alloc_calls").specificity())
                .isGreaterThan(PathPattern.compile("**/alloc_calls").specificity());
        assertThat(PathPattern.compile("a?c").matches("abc")).isTrue();
        assertThatThrownBy(() -> PathPattern.compile("{a,b")).hasMessageContaining("unbalanced");
    }

    @Test
    void theLiteralTailIsWhatFollowsTheLastWildcard() {
        assertThat(PathPattern.literalTail("**/proc/meminfo")).isEqualTo("proc/meminfo");
        assertThat(PathPattern.literalTail("**/nodes/*/proc/meminfo")).isEqualTo("/proc/meminfo");
        assertThat(PathPattern.literalTail("**/sys/kernel/slab/*/{alloc,free}_calls")).isEqualTo("_calls");
        assertThat(PathPattern.literalTail("**/slabtop{_,-,.}*")).isEmpty();
        assertThat(PathPattern.literalTail("meminfo")).isEqualTo("meminfo");
    }

    /** The tail check only saves work: on every registered glob and every fixture path it agrees with the regex. */
    @Test
    void theTailCheckNeverRejectsWhatTheRegexMatches() throws IOException {
        Set<String> paths = new TreeSet<>();
        Path root = Path.of(System.getProperty("mga.root", "..")).resolve("fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                // the path and its last few segments (proc/meminfo as well as nodes/n1/proc/meminfo)
                String path = root.relativize(f).toString().replace('\\', '/');
                if (path.hashCode() % 8 == 0) {
                    paths.add(path); // a sample of the full paths; the short tails below are the edge cases
                }
                int slash = path.length();
                for (int k = 0; k < 4 && (slash = path.lastIndexOf('/', slash - 1)) >= 0; k++) {
                    paths.add(path.substring(slash + 1));
                }
            });
        }
        paths.add("case.zip!/mg.tar.gz!/sys/kernel/slab/dentry/alloc_calls");
        assertThat(paths).hasSizeGreaterThan(500);
        int matched = 0;
        for (ArtifactType t : ArtifactTypes.discover().all()) {
            for (String glob : t.pathPatterns()) {
                PathPattern p = PathPattern.compile(glob);
                for (String path : paths) {
                    boolean regex = p.regexMatches(path);
                    assertThat(p.matches(path)).as(glob + " on " + path).isEqualTo(regex);
                    matched += regex ? 1 : 0;
                }
            }
        }
        assertThat(matched).as("paths some glob matches").isGreaterThan(100);
    }
}
