package dev.mga.core.klog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast header scanner of {@link KlogReader} and the klog header grammar must agree: on every
 * header klog can print, both find the message at the same place and the same fields; on mangled
 * lines the scanner never accepts what the grammar rejects.
 */
class KlogHeaderGrammarPropertyTest {

    private final KlogHeaderGrammar grammar = new KlogHeaderGrammar();

    @Property(tries = 1000)
    void scannerAndGrammarAgreeOnKlogHeaders(@ForAll("klogLines") String line) {
        KlogHeaderGrammar.Parsed g = grammar.header(line);
        assertThat(g).as(line).isNotNull();
        assertThat(scan(line)).as(line).isEqualTo(g.message());
        assertThat(g.severity()).isEqualTo(line.charAt(0));
        assertThat(g.date() + " " + g.time()).isEqualTo(line.substring(1, 21));
        assertThat(line.substring(0, g.message()).stripTrailing()).endsWith(g.source() + "]");
    }

    @Property(tries = 1000)
    void scannerNeverAcceptsWhatTheGrammarRejects(@ForAll("mangledLines") String line) {
        int fast = scan(line);
        KlogHeaderGrammar.Parsed g = grammar.header(line);
        if (g == null) {
            assertThat(fast).as(line).isNegative();
        } else if (fast > 0) {
            assertThat(fast).as(line).isEqualTo(g.message());
        }
    }

    @Property(tries = 500)
    void headerlessLinesTheScannerTakesFollowTheGrammar(@ForAll("headerlessLines") String line) {
        int fast = KlogReader.headerless(line, 0);
        KlogHeaderGrammar.Parsed g = grammar.headerless(line);
        if (fast > 0) {
            assertThat(g).as(line).isNotNull();
            assertThat(fast).as(line).isEqualTo(g.message());
        }
    }

    @Test
    void theGrammarSaysWhatAnAlmostHeaderLacks() {
        assertThat(grammar.whyNot("I0506 19:59:10.298440       1 evictions.go:158] \"Evicted pod\"")).isEmpty();
        assertThat(grammar.whyNot("I0506 19:59:10.298440       1 evictions.go] \"Evicted pod\"")).startsWith("column 43: ");
        assertThat(grammar.whyNot("I0506 19:59:10 1 x.go:1] m")).startsWith("column 15: ").contains("'.'");
    }

    private static int scan(String line) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        return KlogReader.header(b, 0, b.length);
    }

    @Provide
    Arbitrary<String> klogLines() {
        Arbitrary<String> file = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-').ofMinLength(1).ofMaxLength(25).map(s -> s + ".go"),
                Arbitraries.of("k8s.io/kubernetes/pkg/kubelet/eviction/eviction_manager.go", "evictions/evictions.go",
                        "reflector.go", "leaderelection.go", "IWEF.go"));
        Arbitrary<String> message = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60).map(m -> " " + m),
                Arbitraries.of(" \"Evicted pod\" pod=\"ns/p\"", " ] x: 1] y", " é"));
        return Combinators.combine(Arbitraries.of('I', 'W', 'E', 'F'), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 31), Arbitraries.longs().between(0, 86_399_999_999L),
                        Arbitraries.longs().between(0, 99_999_999L), file, Arbitraries.integers().between(1, 99_999), message)
                .as((sev, mm, dd, micros, tid, f, n, m) -> String.format("%c%02d%02d %02d:%02d:%02d.%06d %7d %s:%d]%s", sev, mm, dd,
                        micros / 3_600_000_000L, micros / 60_000_000 % 60, micros / 1_000_000 % 60, micros % 1_000_000, tid, f, n, m))
                .filter(l -> l.length() >= 30);
    }

    @Provide
    Arbitrary<String> mangledLines() {
        return klogLines().flatMap(line -> Arbitraries.integers().between(0, line.length() - 1)
                .flatMap(pos -> Arbitraries.of("", " ", ":", "]", ".", "x", "1", "] ", "\t").map(ins ->
                        line.substring(0, pos) + ins + line.substring(Math.min(line.length(), pos + 1)))));
    }

    @Provide
    Arbitrary<String> headerlessLines() {
        return klogLines().map(l -> l.replaceFirst("^\\S+ \\S+ +\\d+ ", ""))
                .flatMap(line -> Arbitraries.integers().between(0, line.length() - 1)
                        .flatMap(pos -> Arbitraries.of("", " ", ":", "]", "x", "/").map(ins -> pos % 3 == 0 ? line
                                : line.substring(0, pos) + ins + line.substring(Math.min(line.length(), pos + 1)))));
    }
}
