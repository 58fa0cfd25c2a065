package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Report;
import dev.mga.core.report.ReportRenderer;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer shared by several threads gives the same reports as one by one. */
class AnalyzerConcurrencyTest {

    @Test
    void sameReportsFromManyThreads() throws Exception {
        Analyzer analyzer = Analyzer.builder()
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build();
        // every family: the bundled must-gather and every fixture case's capture
        List<Path> inputs = new ArrayList<>();
        inputs.add(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        try (java.util.stream.Stream<Path> families = java.nio.file.Files.list(Fixtures.path(""))) {
            for (Path family : families.filter(java.nio.file.Files::isDirectory).sorted().toList()) {
                try (java.util.stream.Stream<Path> cases = java.nio.file.Files.list(family)) {
                    cases.map(c -> c.resolve("capture")).filter(java.nio.file.Files::isDirectory).sorted().forEach(inputs::add);
                }
            }
        }
        assertThat(inputs).hasSizeGreaterThan(20);
        List<String> sequential = new ArrayList<>();
        for (Path p : inputs) {
            sequential.add(json(analyzer.analyze(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path p : inputs) {
                    futures.add(pool.submit(() -> json(analyzer.analyze(p))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String json(Report r) {
        StringWriter w = new StringWriter();
        try {
            ReportRenderer.forFormat("json").render(r, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
