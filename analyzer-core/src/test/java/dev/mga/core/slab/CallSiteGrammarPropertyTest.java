package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast scanner and the grammar must agree: on every line the kernel can print, both give the
 * same fields; on mangled lines the scanner declines (null) rather than guess.
 */
class CallSiteGrammarPropertyTest {

    @Property(tries = 500)
    void scannerAndGrammarAgreeOnKernelLines(@ForAll("kernelLines") String line) throws Exception {
        CallSiteLineParser.Parsed fast = CallSiteScanner.scan(line.strip());
        CallSiteLineParser.Parsed grammar = new CallSiteLineParser().callSite(line.strip());
        assertThat(fast).isEqualTo(grammar);
    }

    @Property(tries = 500)
    void scannerNeverAcceptsWhatTheGrammarRejects(@ForAll("mangledLines") String line) {
        CallSiteLineParser.Parsed fast = CallSiteScanner.scan(line.strip());
        CallSiteLineParser.Parsed grammar;
        try {
            grammar = new CallSiteLineParser().callSite(line.strip());
        } catch (CallSiteLineParser.SyntaxError e) {
            grammar = null;
        }
        if (grammar == null) {
            assertThat(fast).as(line).isNull();
        } else if (fast != null) {
            assertThat(fast).isEqualTo(grammar);
        }
    }

    @Provide
    Arbitrary<String> kernelLines() {
        Arbitrary<String> symbol = Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.').ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.startsWith("."))
                .map(s -> "k" + s);
        Arbitrary<String> location = Arbitraries.oneOf(
                Combinators.combine(symbol, Arbitraries.longs().between(0, 0xffff), Arbitraries.longs().between(1, 0xffff),
                        Arbitraries.of("", " [xfs]", " [nf_conntrack]"))
                        .as((s, o, z, m) -> s + "+0x" + Long.toHexString(o) + "/0x" + Long.toHexString(z) + m),
                Arbitraries.just("<not-available>"),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(a -> "0x" + Long.toHexString(a)));
        Arbitrary<String> waste = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.longs().between(0, 1 << 30), Arbitraries.longs().between(1, 4096))
                        .as((a, b) -> " waste=" + a + "/" + b));
        Arbitrary<String> age = Arbitraries.oneOf(
                Arbitraries.longs().between(-10, 1L << 40).map(a -> " age=" + a),
                Combinators.combine(Arbitraries.longs().between(0, 1 << 30), Arbitraries.longs().between(0, 1 << 30),
                        Arbitraries.longs().between(0, 1 << 30)).as((a, b, c) -> " age=" + a + "/" + b + "/" + c));
        Arbitrary<String> pid = Arbitraries.oneOf(Arbitraries.longs().between(0, 4194304).map(p -> " pid=" + p),
                Combinators.combine(Arbitraries.longs().between(0, 100), Arbitraries.longs().between(100, 4194304))
                        .as((a, b) -> " pid=" + a + "-" + b));
        Arbitrary<String> list = Arbitraries.of("0", "0-7", "0-3,8-11", "1,3,5", "0-255");
        Arbitrary<String> cpus = Arbitraries.oneOf(Arbitraries.just(""), list.map(l -> " cpus=" + l));
        Arbitrary<String> nodes = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of("0-1", "0,2").map(l -> " nodes=" + l));
        return Combinators.combine(Arbitraries.longs().between(1, 99_999_999), location, waste, age, pid, cpus, nodes)
                .as((n, l, w, a, p, c, d) -> String.format("%7d ", n) + l + w + a + p + c + d);
    }

    @Provide
    Arbitrary<String> mangledLines() {
        return kernelLines().flatMap(line -> Arbitraries.integers().between(0, line.length() - 1)
                .flatMap(pos -> Arbitraries.of("", " ", "=", "/", "-", "x", "+0x", ",").map(ins ->
                        line.substring(0, pos) + ins + line.substring(Math.min(line.length(), pos + 1)))));
    }
}
