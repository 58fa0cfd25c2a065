package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Report;
import dev.mga.core.report.ReportRenderer;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture read as a stream (the Spark job streams each from HDFS or S3A) gives the report its
 * file gives: same entries, findings, evidence and diagnostics; only the input's name differs.
 */
class StreamInputTest {

    private final Analyzer analyzer = Analyzer.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)).build();

    @TempDir
    Path tmp;

    @Test
    void anArchiveStreamedIsReadAsTheFile() throws IOException {
        assertSameReport(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
    }

    @Test
    void aLooseFileStreamedIsDetectedByItsFileNameAsTheFileIs() throws IOException {
        Path loose = tmp.resolve("slabinfo");
        Files.copy(Fixtures.path("must-gather/list-lru-leak/must-gather.local.5524722385441530128/"
                + "quay-io-openshift-release-dev-ocp-v4-0-art-dev-sha256-7d5b3b4cb8fb4e4dcf6a1d36bdf7e0b58a84f1fa3f7a5cdc0f1a0c7f5e19a2e4/"
                + "nodes/lon06-master-0.xip.io/proc/slabinfo"), loose);
        String report = assertSameReport(loose);
        assertThat(report).contains("slab.slabinfo");
    }

    @Test
    void aTruncatedArchiveStreamedHasTheFilesDiagnostic() throws IOException {
        byte[] leak = Files.readAllBytes(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        Path cut = Files.write(tmp.resolve("cut.tar.gz"), Arrays.copyOf(leak, 5000));
        String report = assertSameReport(cut);
        assertThat(report).contains("\"path\" : \"cut.tar.gz\"").contains("truncated or corrupt");
    }

    /** Renders both reports as JSON, with the file's name written as the stream's, and compares them. */
    private String assertSameReport(Path file) throws IOException {
        String name = "hdfs://namenode:8020/cases/00123/" + file.getFileName();
        Report fromFile = analyzer.analyze(file);
        Report fromStream;
        try (InputStream in = Files.newInputStream(file)) {
            fromStream = analyzer.analyze(name, in, Files.size(file));
        }
        String a = json(fromFile).replace("\"" + file + "\"", "\"" + name + "\"");
        String b = json(fromStream);
        assertThat(b).isEqualTo(a);
        return b;
    }

    private static String json(Report r) throws IOException {
        StringWriter w = new StringWriter();
        ReportRenderer.forFormat("json").render(r, w);
        return w.toString();
    }
}
