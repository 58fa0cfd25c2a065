package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Finding;
import dev.mga.core.model.Severity;
import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus ({@code fixtures/real-world/<family>/<case>/}): pastes people outside the
 * project posted, each with its source and its expert's conclusion. FixtureCasesTest holds every
 * case to its expected.yaml; this test holds the corpus as a whole: every case says where it comes
 * from and what the expert concluded, no healthy paste may expect (or give) a warning or critical
 * finding, and the figures README states are printed.
 */
class RealWorldCorpusTest {

    static List<ExpectedCase> corpus() throws IOException {
        Path root = Fixtures.root().resolve("real-world");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().map(ExpectedCase::read).toList();
        }
    }

    @Test
    void everyCaseSaysWhereItComesFromAndWhatTheExpertConcluded() throws IOException {
        for (ExpectedCase c : corpus()) {
            assertThat(c.provenance()).as(c.folder() + " has source, conclusion and healthy").isNotNull();
            assertThat(c.provenance().source()).as(c.folder() + " source").isNotBlank();
            assertThat(c.provenance().conclusion()).as(c.folder() + " conclusion").isNotBlank();
            for (String input : c.inputs()) {
                assertThat(c.folder().resolve(input)).as(c.folder() + " input").exists();
            }
        }
    }

    @Test
    void healthyPastesExpectNoWarning() throws IOException {
        for (ExpectedCase c : corpus()) {
            if (c.provenance() != null && c.provenance().healthy()) {
                assertThat(c.findings()).as(c.folder() + " is healthy: it may expect info findings only")
                        .allMatch(f -> f.severity() == null || f.severity().equals(Severity.INFO.id()));
            }
        }
    }

    @Test
    void healthyPastesGiveNoWarning() throws IOException {
        List<String> alarms = new ArrayList<>();
        int healthy = 0;
        for (ExpectedCase c : corpus()) {
            if (c.provenance() == null || !c.provenance().healthy()) {
                continue;
            }
            healthy++;
            for (String input : c.inputs()) {
                Analyzer.Builder b = Analyzer.builder();
                c.options().forEach(b::option);
                for (Finding f : b.build().analyze(c.folder().resolve(input)).findings()) {
                    if (f.severity().atLeast(Severity.WARNING)) {
                        alarms.add(Fixtures.root().relativize(c.folder()) + ": " + f.ruleId() + " " + f.summary());
                    }
                }
            }
        }
        System.out.printf("real-world corpus: %d healthy pastes, %d warning or critical findings on them%n", healthy,
                alarms.size());
        alarms.forEach(a -> System.out.println("  false alarm? " + a));
        assertThat(alarms).as("warning or critical findings on healthy real-world captures").isEmpty();
    }

    @Test
    void figures() throws IOException {
        List<ExpectedCase> all = corpus();
        long gaps = all.stream().filter(ExpectedCase::knownGap).count();
        System.out.printf("real-world corpus: %d cases, %d read as their expert does, %d known gaps (%.1f%%)%n",
                all.size(), all.size() - gaps, gaps, all.isEmpty() ? 0.0 : 100.0 * gaps / all.size());
    }
}
