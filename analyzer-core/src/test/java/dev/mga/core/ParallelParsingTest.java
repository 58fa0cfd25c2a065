package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Report;
import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parsing entries on several workers and reading several inputs side by side (issue 13) gives
 * byte-identical reports to parsing them one by one on the reading thread: every fixture (the
 * must-gathers, every case's capture, the real-world corpus, the node captures, and the whole
 * fixtures folder as one input) is analysed with 1 and with 4 workers, and with 4 workers where
 * entries above 4 KiB stream through the reader's thread between entries parsed by the workers.
 * The JSON reports are compared whole (the clock is fixed, so the generation time is equal).
 */
class ParallelParsingTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    /** An input with the parser options its case asks for. */
    private record Case(String name, List<Path> inputs, Map<String, String> options) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.path("must-gather"))) {
            s.sorted().forEach(p -> cases.add(new Case(p.toString(), List.of(p), Map.of())));
        }
        try (Stream<Path> s = Files.list(Fixtures.path("node"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> cases.add(new Case(p.toString(), List.of(p), Map.of())));
        }
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            for (Path yaml : s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList()) {
                ExpectedCase c = ExpectedCase.read(yaml);
                cases.add(new Case(c.folder().toString(), c.inputs().stream().map(c.folder()::resolve).toList(), c.options()));
            }
        }
        cases.add(new Case("the whole fixtures folder", List.of(Fixtures.root()), Map.of()));
        return cases;
    }

    @Test
    void everyFixtureGivesTheSameReportWhateverTheWorkers() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(100);
        int entries = 0;
        for (Case c : cases) {
            String one = analyse(c, "1", b -> b.parseWorkers(1));
            same(one, analyse(c, "4", b -> b.parseWorkers(4)), c.name() + " with 4 workers");
            same(one, analyse(c, "4/4k", b -> b.parseWorkers(4).wholeEntryBytes(4096)),
                    c.name() + " with 4 workers, entries above 4 KiB streamed");
            entries += one.length();
        }
        assertThat(entries).isPositive();
    }

    @Test
    void inputsReadSideBySideGiveTheSameReportInInputOrder() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Case c : cases()) {
            if (c.options().isEmpty()) {
                all.addAll(c.inputs());
            }
        }
        assertThat(all).hasSizeGreaterThan(50);
        Case together = new Case("all inputs in one call", all, Map.of());
        String one = analyse(together, "1", b -> b.parseWorkers(1));
        same(one, analyse(together, "4", b -> b.parseWorkers(4)), "all inputs, 4 workers");
        same(one, analyse(together, "2/0", b -> b.parseWorkers(2).wholeEntryBytes(0)), "all inputs, 2 workers, every entry streamed");
    }

    @Test
    void limitsEndReadingAtTheSamePlaceWhateverTheWorkers() throws IOException {
        Path mustGather = Fixtures.path("must-gather/list-lru-leak.tar.gz");
        for (long total : new long[] {10_000, 100_000, 300_000}) {
            dev.mga.core.model.Limits limits = dev.mga.core.model.Limits.builder().maxTotalBytes(total).maxEntryBytes(20_000)
                    .maxEntries(40).build();
            Case c = new Case("limited", List.of(mustGather, Fixtures.root().resolve("node")), Map.of());
            String one = analyse(c, "1 " + total, b -> b.limits(limits).parseWorkers(1));
            assertThat(one).contains("limit max");
            same(one, analyse(c, "4 " + total, b -> b.limits(limits).parseWorkers(4)), "max total bytes " + total);
        }
    }

    /** Fails with the first line that differs, and the lines around it (a report runs to thousands of lines). */
    private static void same(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < Math.min(e.size(), a.size()) && e.get(i).equals(a.get(i))) {
            i++;
        }
        int from = Math.max(0, i - 8);
        throw new AssertionError(what + ": the report differs from one worker's at line " + (i + 1) + "\n--- 1 worker:\n"
                + String.join("\n", e.subList(from, Math.min(e.size(), i + 8))) + "\n--- this run:\n"
                + String.join("\n", a.subList(from, Math.min(a.size(), i + 8))));
    }

    /** Analyzers by options and worker settings: building one compiles every rule. */
    private static final Map<String, Analyzer> ANALYZERS = new java.util.HashMap<>();

    private static String analyse(Case c, String config, UnaryOperator<Analyzer.Builder> workers) {
        Analyzer analyzer = ANALYZERS.computeIfAbsent(c.options() + " " + config, k -> {
            Analyzer.Builder b = Analyzer.builder().clock(FIXED);
            c.options().forEach(b::option);
            return workers.apply(b).build();
        });
        Report report = analyzer.analyze(c.inputs());
        return AnalyzerConcurrencyTest.json(report);
    }
}
