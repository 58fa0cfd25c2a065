package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The regex-free scanners of the hot paths agree with the regular expressions they stand for. */
class TokensPropertiesTest {

    @Provide
    Arbitrary<String> meminfoLikeLines() {
        Arbitrary<String> key = Arbitraries.of("MemTotal", "Active(anon)", "HugePages_Rsvd", "Hugepagesize", "X", "Bad Key",
                "", "Node 0 MemFree");
        Arbitrary<String> gap = Arbitraries.of(":", ": ", ":\t", ":       ", " :", "");
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.longs().between(0, 99_999_999_999L).map(String::valueOf),
                Arbitraries.of("", "-1", "1.5", "99999999999999999999"));
        Arbitrary<String> unit = Arbitraries.of(" kB", "", " kB ", "kB", " MB", "  kB");
        return Combinators.combine(key, gap, number, unit).as((k, g, n, u) -> k + g + n + u);
    }

    @Property(tries = 3000)
    void keyValueScannerMatchesTheMeminfoRegex(@ForAll("meminfoLikeLines") String line) {
        Matcher m = MeminfoParser.LINE.matcher(line.strip());
        boolean regex = m.matches() && m.group(1) == null;
        Tokens.KeyValue kv = Tokens.keyValue(line.strip());
        boolean scanner = kv != null && kv.key().matches("[A-Za-z0-9_()]+");
        if (regex && !overflows(m.group(3))) {
            assertThat(scanner).as(line).isTrue();
            assertThat(kv.key()).isEqualTo(m.group(2));
            assertThat(kv.value()).isEqualTo(Long.parseLong(m.group(3)));
            assertThat(kv.unit()).isEqualTo(m.group(4) == null ? "" : "kB");
        } else if (!regex) {
            assertThat(scanner).as(line).isFalse();
        }
    }

    private static boolean overflows(String digits) {
        try {
            Long.parseLong(digits);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    @Property(tries = 2000)
    void splitMatchesRegexSplit(@ForAll("rows") String row) {
        List<String> expected = row.isBlank() ? List.of() : Arrays.asList(row.strip().split("\\s+"));
        assertThat(Tokens.split(row, 0)).isEqualTo(expected);
        if (expected.size() > 3) {
            List<String> limited = Tokens.split(row, 3);
            assertThat(limited.subList(0, 2)).isEqualTo(expected.subList(0, 2));
            assertThat(limited.get(2)).startsWith(expected.get(2)).endsWith(expected.get(expected.size() - 1));
        }
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
