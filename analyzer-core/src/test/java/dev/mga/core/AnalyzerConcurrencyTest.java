package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

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
        Analyzer analyzer = Analyzer.builder().build();
        List<Path> inputs = List.of(Fixtures.path("must-gather/list-lru-leak.tar.gz"), Fixtures.path("slab/seed-sort-tail/capture"),
                Fixtures.path("slab/traces-dominant/capture"), Fixtures.path("slab/qemu-captures/6.1.0-56-amd64"));
        List<String> sequential = new ArrayList<>();
        for (Path p : inputs) {
            sequential.add(json(analyzer.analyze(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
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
