package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

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
}
