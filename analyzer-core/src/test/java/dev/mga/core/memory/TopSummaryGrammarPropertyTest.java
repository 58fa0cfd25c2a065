package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand scanner of top's summary lines ({@link TopSummary}, what {@link TopParser} reads) and
 * their grammar ({@code TopSummary.g4}, written from procps-ng's top.c) must agree: on every
 * summary line of the real {@code top} captures in fixtures/ and on lines printed with top's own
 * formats (random figures, every unit, both memory layouts, procps 3.3 and 4.x task lines), both
 * take the line and read the same time, uptime, users, loads, task counts, cpu states and bytes.
 * On mangled lines, whatever the grammar takes the scanner takes and reads alike.
 */
class TopSummaryGrammarPropertyTest {

    private static final String UNITS = "KMGTPE";

    private final TopSummaryGrammar grammar = new TopSummaryGrammar();

    @Test
    void everyRealSummaryLineOfTheFixturesFollowsTheGrammarAndReadsAlike() throws IOException {
        List<Path> captures;
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            captures = s.filter(Files::isRegularFile).filter(TopSummaryGrammarPropertyTest::isTopCapture).sorted().toList();
        }
        int lines = 0;
        for (Path capture : captures) {
            TopSummary scanner = new TopSummary();
            for (String raw : Files.readAllLines(capture, StandardCharsets.UTF_8)) {
                String t = raw.strip();
                if (!TopSummaryGrammar.startsLikeSummary(t)) {
                    continue;
                }
                if (t.startsWith("top - ") || TopSummary.isMemoryLine(t) && t.contains("Mem") && !scanner.memory.isEmpty()) {
                    scanner = new TopSummary(); // a new snapshot, as TopParser starts one
                }
                assertAgree(capture + ": " + raw, t, scanner);
                lines++;
            }
        }
        assertThat(captures).as("top -b captures in fixtures/").hasSizeGreaterThanOrEqualTo(10);
        assertThat(lines).isGreaterThanOrEqualTo(60);
    }

    @Property(tries = 1000)
    void scannerAndGrammarAgreeOnWhatTopPrints(@ForAll("summaries") List<String> summary) {
        TopSummary scanner = new TopSummary();
        for (String line : summary) {
            assertAgree(line, line.strip(), scanner);
        }
    }

    @Property(tries = 1000)
    void whatTheGrammarTakesFromAMangledLineTheScannerReadsAlike(@ForAll("mangledSummaries") List<String> summary) {
        TopSummary scanner = new TopSummary();
        for (String line : summary) {
            if (grammar.parse(line.strip()) != null) {
                assertAgree(line, line.strip(), scanner);
            }
        }
    }

    @Test
    void theGrammarSaysWhereALineBreaks() {
        assertThat(grammar.whyNot("top - 10:11:12 up 3 days,  2:01,  1 user,  load average: 0.00, 0.01, 0.05")).isEmpty();
        assertThat(grammar.whyNot("top - 10:11:12 up 3 days,  2:01,  1 user,  load average: 0.00, 0.01"))
                .startsWith("column 68: ").contains("expecting ','");
        assertThat(grammar.whyNot("MiB Mem :  24105.6 total,  18524.4 free,   2299.5 used,   3602.4 buff/cach"))
                .startsWith("column 66: ");
        assertThat(grammar.whyNot("Tasks: 86 total,   1 running,  85 sleeping,   0 stopped")).contains("expecting ','");
    }

    /** Both take the line, and what the scanner kept equals what the grammar read. */
    private void assertAgree(String as, String t, TopSummary scanner) {
        TopSummaryGrammar.Parsed g = grammar.parse(t);
        assertThat(g).as("grammar takes " + as).isNotNull();
        if (g.kind() == TopSummaryGrammar.Kind.FIRST) {
            assertThat(scanner.first(t)).as("scanner takes " + as).isTrue();
            assertThat(scanner.time).as(as).isEqualTo(t.substring(6, 14));
            assertThat(scanner.uptime).as(as).isEqualTo(g.uptime());
            assertThat(scanner.users).as(as).isEqualTo(g.users().equals("?") ? -1 : Integer.parseInt(g.users()));
            assertThat(scanner.load).as(as).isEqualTo(g.load().stream().map(Double::valueOf).toList());
            return;
        }
        assertThat(scanner.line(t)).as("scanner takes " + as).isTrue();
        Map<String, String> f = g.figures();
        switch (g.kind()) {
            case TASKS -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                f.forEach((label, n) -> counts.put(label, Long.parseLong(n)));
                assertThat(scanner.tasks).as(as).isEqualTo(counts);
            }
            case CPUS -> {
                if (g.prefix().equals("%Cpu(s):") && !f.containsKey("percent")) {
                    Map<String, Double> states = new LinkedHashMap<>();
                    f.forEach((label, n) -> states.put(label, Double.valueOf(n)));
                    assertThat(scanner.cpu).as(as).isEqualTo(states);
                }
            }
            case MEMORY, SWAP -> {
                long unit = 1L << 10 * (UNITS.indexOf(g.prefix().charAt(0)) + 1);
                assertThat(scanner.memoryUnit).as(as).isEqualTo(g.prefix());
                boolean mem = g.kind() == TopSummaryGrammar.Kind.MEMORY;
                Map<String, Long> kept = mem ? scanner.memory : scanner.swap;
                if (f.containsKey("percent")) { // graph mode: only the total is a size
                    assertThat(kept.get("total")).as(as).isEqualTo(bytes(f.get("total"), unit));
                    return;
                }
                List<String> labels = new ArrayList<>(f.keySet());
                boolean freeFirst = labels.indexOf("free") < labels.indexOf("used");
                for (Map.Entry<String, String> e : f.entrySet()) {
                    long b = bytes(e.getValue(), unit);
                    switch (e.getKey()) {
                        case "total", "free", "used", "buff/cache" -> assertThat(kept.get(e.getKey())).as(as + " " + e.getKey()).isEqualTo(b);
                        // the 3.3.9 layout's buffers; a translated later layout's buff/cache
                        case "buffers" -> assertThat(kept.get(freeFirst ? "buff/cache" : "buffers")).as(as).isEqualTo(b);
                        case "avail Mem" -> assertThat(scanner.available).as(as).isEqualTo(b);
                        case "cached Mem" -> assertThat(scanner.memory.get("cached")).as(as).isEqualTo(b);
                        // a translated later layout's avail Mem (free before used on its Mem line)
                        case "cached" -> assertThat(scanner.available).as(as).isEqualTo(b);
                        default -> throw new AssertionError("label " + e.getKey() + " in " + as);
                    }
                }
            }
            default -> throw new AssertionError(as);
        }
    }

    /** The figure in bytes, rounded down; -1 (the scanner's "unknown") beyond 64 bits, e.g. a mangled EiB figure. */
    private static long bytes(String figure, long unit) {
        BigDecimal b = new BigDecimal(figure).multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.DOWN);
        return b.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? -1 : b.longValueExact();
    }

    private static boolean isTopCapture(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.ISO_8859_1);
            return s.contains("load average") && s.contains("top - ") || s.contains("iB Mem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- lines as top prints them (formats of procps-ng top_nls.c and library/uptime.c)

    @Provide
    Arbitrary<List<String>> summaries() {
        return Combinators.combine(firstLines(), taskLines(), cpuLines(), memoryLines())
                .as((first, tasks, cpu, memory) -> List.of(first, tasks, cpu, memory.get(0), memory.get(1)));
    }

    @Provide
    Arbitrary<List<String>> mangledSummaries() {
        return summaries().flatMap(lines -> Arbitraries.integers().between(0, lines.size() - 1).flatMap(which -> {
            String line = lines.get(which);
            // blanks are not the grammar's syntax (top pads to widths): only visible characters are mangled
            return Arbitraries.integers().between(0, line.length() - 1).filter(pos -> line.charAt(pos) != ' ')
                    .flatMap(pos -> Arbitraries.of("", "x", "1", ",", ".", ":", "+")
                    .map(ins -> {
                        List<String> copy = new ArrayList<>(lines);
                        copy.set(which, line.substring(0, pos) + ins + line.substring(pos + 1));
                        return copy;
                    }));
        }));
    }

    private static Arbitrary<String> firstLines() {
        Arbitrary<String> uptime = Combinators.combine(Arbitraries.integers().between(0, 4000), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.of(true, false)).as((days, h, m, hm) -> {
                    String d = days == 0 ? "" : days + (days == 1 ? " day, " : " days, ");
                    return d + (hm && h > 0 ? String.format(Locale.ROOT, "%2d:%02d", h, m) : m + " min");
                });
        Arbitrary<String> users = Arbitraries.oneOf(Arbitraries.integers().between(0, 300)
                .map(u -> String.format(Locale.ROOT, "%2d %s", u, u == 1 ? "user" : "users")), Arbitraries.just("? users"));
        Arbitrary<Double> load = Arbitraries.doubles().between(0, 999).ofScale(2);
        return Combinators.combine(Arbitraries.integers().between(0, 86_399), uptime, users, load, load, load)
                .as((clock, up, u, a, b, c) -> String.format(Locale.ROOT, "top - %02d:%02d:%02d up %s, %s,  load average: %.2f, %.2f, %.2f",
                        clock / 3600, clock / 60 % 60, clock % 60, up, u, a, b, c));
    }

    private static Arbitrary<String> taskLines() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 99_999);
        return Combinators.combine(Arbitraries.of("Tasks", "Threads"), n, n, n, n, n, n, Arbitraries.of(true, false))
                .as((word, total, running, sleeping, dsleep, stopped, zombie, v4) -> v4
                        ? String.format(Locale.ROOT, "%s: %u total, %u running, %u sleep, %u d-sleep, %u stopped, %u zombie"
                                .replace("%u", "%d"), word, total, running, sleeping, dsleep, stopped, zombie)
                        : String.format(Locale.ROOT, "%s: %3d total, %3d running, %3d sleeping, %3d stopped, %3d zombie",
                                word, total, running, sleeping, stopped, zombie));
    }

    private static Arbitrary<String> cpuLines() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 100).ofScale(1);
        return Combinators.combine(Arbitraries.of(true, false), p.list().ofSize(8)).as((steal, v) -> steal
                ? String.format(Locale.ROOT, "%%Cpu(s):%5.1f us,%5.1f sy,%5.1f ni,%5.1f id,%5.1f wa,%5.1f hi,%5.1f si,%5.1f st ",
                        v.toArray())
                : String.format(Locale.ROOT, "%%Cpu(s): %5.1f us, %5.1f sy, %5.1f ni, %5.1f id, %5.1f wa, %5.1f hi, %5.1f si ",
                        v.subList(0, 7).toArray()));
    }

    /** The Mem and Swap lines: the 3.3.10+ layout in any -E unit, or 3.3.9's in KiB. */
    private static Arbitrary<List<String>> memoryLines() {
        Arbitrary<Long> kib = Arbitraries.oneOf(Arbitraries.longs().between(0, 99_999_999L), Arbitraries.longs().between(0, 99_999_999_999L));
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(true, false), kib.list().ofSize(8)).as((scale, v33, k) -> {
            String unit = UNITS.charAt(scale) + "iB";
            List<String> f = k.stream().map(v -> figure(v, scale)).toList();
            if (v33 && scale == 0) {
                return List.of(unit + " Mem: " + f.get(0) + "total, " + f.get(2) + "used, " + f.get(1) + "free, " + f.get(3) + "buffers",
                        unit + " Swap: " + f.get(4) + "total, " + f.get(6) + "used, " + f.get(5) + "free. " + f.get(7) + "cached Mem");
            }
            return List.of(unit + " Mem : " + f.get(0) + "total, " + f.get(1) + "free, " + f.get(2) + "used, " + f.get(3) + "buff/cache     ",
                    unit + " Swap: " + f.get(4) + "total, " + f.get(5) + "free, " + f.get(6) + "used. " + f.get(7) + "avail Mem ");
        });
    }

    /** top.c do_memory's prT: "%.0f " (KiB) or "%#.1f " in 10 bytes, a '+' at the 9th when wider, then %9.9s. */
    private static String figure(long kib, int scale) {
        double v = kib / Math.pow(1024, scale);
        String s = String.format(Locale.ROOT, scale == 0 ? "%.0f " : "%.1f ", v);
        if (s.length() > 9) {
            s = s.substring(0, 8) + "+";
        }
        return String.format(Locale.ROOT, "%9.9s", s);
    }
}
