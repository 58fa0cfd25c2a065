package dev.mga.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNamesTest {

    @Test
    void cleanNamesStayAsTheyAre() {
        EntryNames.Normalised n = EntryNames.normalise("must-gather/nodes/n1/proc/slabinfo");
        assertThat(n.path()).isEqualTo("must-gather/nodes/n1/proc/slabinfo");
        assertThat(n.issues()).isEmpty();
        assertThat(EntryNames.normalise("./a//b/./c").path()).isEqualTo("a/b/c");
        assertThat(EntryNames.normalise("./a//b/./c").issues()).isEmpty();
    }

    @Test
    void hostileNamesAreMadeSafeAndReported() {
        assertThat(EntryNames.normalise("../../etc/passwd").path()).isEqualTo("etc/passwd");
        assertThat(EntryNames.normalise("../../etc/passwd").issues()).containsExactly("contains '..'");
        assertThat(EntryNames.normalise("/etc/shadow").issues()).containsExactly("is absolute");
        assertThat(EntryNames.normalise("a\\..\\..\\b").path()).isEqualTo("b");
        assertThat(EntryNames.normalise("a\\..\\..\\b").issues()).contains("uses backslashes", "contains '..'");
        EntryNames.Normalised nul = EntryNames.normalise("a\u0000b\nc");
        assertThat(nul.path()).isEqualTo("a?b?c");
        assertThat(nul.issues()).containsExactly("contains control characters");
        EntryNames.Normalised longName = EntryNames.normalise("x".repeat(10_000));
        assertThat(longName.path()).hasSize(EntryNames.MAX_NAME_LENGTH);
        assertThat(longName.issues()).containsExactly("is longer than 4096 characters");
    }

    @Test
    void fileName() {
        assertThat(EntryNames.fileName("a/b/alloc_calls")).isEqualTo("alloc_calls");
        assertThat(EntryNames.fileName("alloc_calls")).isEqualTo("alloc_calls");
    }
}
