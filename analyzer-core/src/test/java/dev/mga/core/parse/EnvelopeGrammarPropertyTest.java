package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.spi.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand scanners and their grammars must agree: on every journald and pod-log prefix the grammars
 * describe, the scanner finds the same fields and the same text; on mangled lines the scanner never
 * accepts what the grammar rejects (it may be stricter, never looser).
 */
class EnvelopeGrammarPropertyTest {

    /** What the scanner found, in the grammar's terms; null when it did not find {@code kind}. */
    static EnvelopeGrammar.Prefix scan(String line, Envelope kind) {
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        EnvelopeScan s = new EnvelopeScan();
        s.scan(b, 0, b.length, false);
        if (s.count != 1 || s.layers[0] != kind.ordinal()) {
            return null;
        }
        String stream = text(line, s.streamStart, s.streamEnd);
        String tag = kind == Envelope.CRI ? (s.partial ? "P" : "F") : "";
        return new EnvelopeGrammar.Prefix(text(line, s.timeStart, s.timeEnd), text(line, s.hostStart, s.hostEnd),
                text(line, s.identStart, s.identEnd), text(line, s.pidStart, s.pidEnd), stream, tag, s.inner);
    }

    private static String text(String line, int from, int to) {
        return from < 0 ? "" : line.substring(from, to);
    }

    @Property(tries = 1000)
    void journalScannerAndGrammarAgree(@ForAll("journalLines") String line) throws Exception {
        assertThat(scan(line, Envelope.JOURNAL)).as(line).isEqualTo(new EnvelopeGrammar().journal(line));
    }

    @Property(tries = 1000)
    void journalScannerNeverAcceptsWhatTheGrammarRejects(@ForAll("mangledJournalLines") String line) {
        agree(line, Envelope.JOURNAL, true);
    }

    @Property(tries = 1000)
    void podLogScannerAndGrammarAgree(@ForAll("podLogLines") String line) throws Exception {
        EnvelopeGrammar.Prefix grammar = new EnvelopeGrammar().podLog(line);
        Envelope kind = grammar.stream().isEmpty() ? Envelope.TIMESTAMP : Envelope.CRI;
        assertThat(scan(line, kind)).as(line).isEqualTo(grammar);
    }

    @Property(tries = 1000)
    void podLogScannerNeverAcceptsWhatTheGrammarRejects(@ForAll("mangledPodLogLines") String line) {
        agree(line, Envelope.CRI, false);
        agree(line, Envelope.TIMESTAMP, false);
    }

    private static void agree(String line, Envelope kind, boolean journal) {
        EnvelopeGrammar.Prefix grammar;
        try {
            grammar = journal ? new EnvelopeGrammar().journal(line) : new EnvelopeGrammar().podLog(line);
        } catch (EnvelopeGrammar.SyntaxError e) {
            grammar = null;
        }
        EnvelopeGrammar.Prefix fast = scan(line, kind);
        if (grammar == null) {
            assertThat(fast).as(line).isNull();
        } else if (fast != null) {
            assertThat(fast).as(line).isEqualTo(grammar);
        }
    }

    /** A rejected line gets the grammar's expected-token message, the diagnostic's substance. */
    @Example
    void aRejectedLineIsExplained() {
        EnvelopeGrammar g = new EnvelopeGrammar();
        assertThat(g.explain("Nov 20 19:59:10 master-0 kubenswrapper[2143] I1120 19:59:10.514706")).startsWith("as a journal line, column ");
        assertThat(g.explain("2023-11-20T19:59:10.1234Z")).startsWith("as a timestamped line, column ");
        assertThat(g.explain("Nov 20 19:59:10 master-0 kubenswrapper[2143]: ok")).isEmpty();
        assertThat(g.explain("I1120 19:59:10.514706 1 a.go:1] x")).isEmpty();
    }

    // --- generators: what journalctl and the kubelet/CRI runtimes write

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(n);
    }

    private static Arbitrary<String> clock() {
        return Combinators.combine(digits(2), digits(2), digits(2)).as((h, m, s) -> h + ":" + m + ":" + s);
    }

    private static Arbitrary<String> fraction(List<Integer> lengths) {
        return Arbitraries.of(lengths).flatMap(n -> n == 0 ? Arbitraries.just("") : digits(n).map(d -> "." + d));
    }

    private static Arbitrary<String> date() {
        return Combinators.combine(digits(4), digits(2), digits(2)).as((y, m, d) -> y + "-" + m + "-" + d);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("-._()/@=")
                .ofMinLength(1).ofMaxLength(40);
    }

    private static Arbitrary<String> message() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> journalLines() {
        Arbitrary<String> month = Arbitraries.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        Arbitrary<String> day = Arbitraries.oneOf(digits(2), digits(1).map(d -> " " + d));
        Arbitrary<String> shortTime = Combinators.combine(month, day, clock(), fraction(List.of(0, 6, 3, 9)))
                .as((m, d, c, f) -> m + " " + d + " " + c + f);
        Arbitrary<String> fullTime = Combinators.combine(Arbitraries.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), date(), clock(),
                Arbitraries.of("UTC", "CET", "+05", "EST5EDT")).as((w, d, c, z) -> w + " " + d + " " + c + " " + z);
        Arbitrary<String> sign = Arbitraries.of("+", "-");
        Arbitrary<String> isoTime = Arbitraries.oneOf(
                Combinators.combine(date(), clock(), fraction(List.of(0, 6, 3)), sign, digits(4)).as((d, c, f, s, z) -> d + "T" + c + f + s + z),
                Combinators.combine(date(), clock(), fraction(List.of(0, 6)), sign, digits(2), digits(2))
                        .as((d, c, f, s, h, m) -> d + "T" + c + f + s + h + ":" + m));
        Arbitrary<String> host = Arbitraries.oneOf(Arbitraries.just(""), word().map(w -> w + " "), digits(3).map(d -> d + " "));
        Arbitrary<String> pid = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(1, 4194304).map(p -> "[" + p + "]"));
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.just(":"), Arbitraries.just(": "), message().map(m -> ": " + m));
        return Combinators.combine(Arbitraries.oneOf(shortTime, fullTime, isoTime), host, word(), pid, text)
                .as((t, h, i, p, x) -> t + " " + h + i + p + x);
    }

    @Provide
    Arbitrary<String> podLogLines() {
        Arbitrary<String> zulu = Combinators.combine(date(), clock(), fraction(List.of(0, 9, 6, 3))).as((d, c, f) -> d + "T" + c + f + "Z");
        // an offset with a colon after 0 or 6 fraction digits is also journald's: the kubelet and CRI-O write nanoseconds
        Arbitrary<String> offset = Combinators.combine(date(), clock(), fraction(List.of(9, 7, 3)), Arbitraries.of("+", "-"), digits(2),
                digits(2)).as((d, c, f, s, h, m) -> d + "T" + c + f + s + h + ":" + m);
        Arbitrary<String> cri = Combinators.combine(Arbitraries.of("stdout", "stderr"), Arbitraries.of("F", "P"),
                Arbitraries.oneOf(Arbitraries.just(""), message().map(m -> " " + m))).as((s, t, m) -> s + " " + t + m);
        return Combinators.combine(Arbitraries.oneOf(zulu, offset), Arbitraries.oneOf(cri, message(),
                Arbitraries.of("stdout Fx", "stderr", "stdout  F x", "I1120 19:59:10.514706 1 a.go:1] x")))
                .as((t, rest) -> t + " " + rest);
    }

    private static Arbitrary<String> mangle(Arbitrary<String> lines) {
        return lines.flatMap(line -> Arbitraries.integers().between(0, Math.max(0, line.length() - 1))
                .flatMap(pos -> Arbitraries.of("", " ", ":", "[", "]", "x", "0", ".", "-", "+", "T", "Z", "  ").map(ins ->
                        line.substring(0, pos) + ins + line.substring(Math.min(line.length(), pos + 1)))));
    }

    @Provide
    Arbitrary<String> mangledJournalLines() {
        return mangle(journalLines());
    }

    @Provide
    Arbitrary<String> mangledPodLogLines() {
        return mangle(podLogLines());
    }
}
