package dev.mga.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
