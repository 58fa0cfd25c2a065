package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The regex-free word splitter agrees with the regular expression it stands for. */
class WordsTest {

    @Property(tries = 2000)
    void splitMatchesRegexSplit(@ForAll("rows") String row) {
        List<String> expected = row.isBlank() ? List.of() : Arrays.asList(row.strip().split("\\s+"));
        assertThat(Words.split(row, 0)).isEqualTo(expected);
        if (expected.size() > 3) {
            List<String> limited = Words.split(row, 3);
            assertThat(limited.subList(0, 2)).isEqualTo(expected.subList(0, 2));
            assertThat(limited.get(2)).startsWith(expected.get(2)).endsWith(expected.get(expected.size() - 1));
        }
    }

    /** The word bounds are where split's words are, within any range, however many fit in the array. */
    @Property(tries = 2000)
    void boundsAreWhereSplitsWordsAre(@ForAll("rows") String row, @ForAll("capacities") int capacity) {
        int from = Math.min(row.length(), 2);
        List<String> words = Words.split(row.substring(from));
        int[] bounds = new int[capacity];
        assertThat(Words.bounds(row, from, row.length(), bounds)).isEqualTo(words.size());
        for (int i = 0; i < words.size() && 2 * i + 1 < capacity; i++) {
            assertThat(row.substring(bounds[2 * i], bounds[2 * i + 1])).isEqualTo(words.get(i));
        }
    }

    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.integers().between(0, 30);
    }

    @Provide
    Arbitrary<String> rows() {
        Arbitrary<String> word = Arbitraries.of("1018800", "root", "20", "0", "2661824", "1.7g", "kube-ap+", "S", "10.5",
                "2896:40", "-c", "/usr/bin/x");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "   ");
        return Combinators.combine(word.list().ofMaxSize(14), space.list().ofMinSize(15).ofMaxSize(15), space)
                .as((words, spaces, lead) -> {
                    StringBuilder sb = new StringBuilder(lead);
                    for (int i = 0; i < words.size(); i++) {
                        sb.append(words.get(i)).append(spaces.get(i));
                    }
                    return sb.toString();
                });
    }
}
