package dev.mga.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.Analyzer;
import dev.mga.core.ReportFormat;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.fleet.Batch;
import dev.mga.fleet.BatchPlan;
import dev.mga.fleet.Fleet;
import dev.mga.fleet.FleetInput;
import dev.mga.fleet.FleetJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode over a folder of real captures, against the library run on each capture. */
class FleetJobTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path captures;
    static Path out;
    static Fleet fleet;

    @BeforeAll
    static void runTheJob() throws IOException {
        spark = LocalSpark.session();
        captures = Captures.fleet(tmp.resolve("captures"), true);
        out = tmp.resolve("out");
        JobSettings settings = JobSettings.of(dev.mga.core.model.Limits.defaults(), Map.of());
        fleet = new FleetRun(spark, settings).run(List.of(captures.toString()), out.toString(), FleetRun.Format.JSON);
    }

    @Test
    void findingsTableHasTheFindingsOfMgaAnalyzeOnEachCapture() throws IOException {
        List<Row> rows = spark.read().schema(FleetTables.FINDINGS).json(out.resolve("findings").toString()).collectAsList();
        Map<String, List<String>> byJob = new TreeMap<>();
        for (Row r : rows) {
            byJob.computeIfAbsent(fileName(r.getAs("input")), k -> new ArrayList<>())
                    .add(r.getAs("ruleId") + " " + r.getAs("severity") + " " + r.getAs("evidencePath") + ":" + r.getAs("evidenceLine")
                            + " " + r.getAs("summary"));
        }
        Map<String, List<String>> byLibrary = new TreeMap<>();
        Analyzer analyzer = Analyzer.builder().build();
        try (Stream<Path> files = Files.list(captures)) {
            for (Path p : files.sorted().toList()) {
                Report report = analyzer.analyze(p);
                for (Finding f : report.findings()) {
                    Evidence e = f.evidence().get(0);
                    byLibrary.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>())
                            .add(f.ruleId() + " " + f.severity().id() + " " + e.path() + ":" + e.line() + " " + f.summary().strip());
                }
            }
        }
        byJob.values().forEach(l -> l.sort(null));
        byLibrary.values().forEach(l -> l.sort(null));
        assertThat(byJob).isEqualTo(byLibrary);
        // 3 leak copies + the cut archive, 3 hugepages copies with 3 rules each
        assertThat(rows).hasSize(4 + 9);
        Row leak = rows.stream().filter(r -> "kernel.slab.list-lru-leak".equals(r.getAs("ruleId"))).findFirst().orElseThrow();
        assertThat(leak.getJavaMap(leak.fieldIndex("subject"))).containsValue("kmalloc-32");
        assertThat(leak.getJavaMap(leak.fieldIndex("figures"))).containsValue(29_831_104.0);
        assertThat(Files.list(out.resolve("findings")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("part-") && n.endsWith(".json"));
    }

    @Test
    void aBrokenCaptureIsARowWithItsDiagnostic() {
        List<Row> rows = spark.read().schema(FleetTables.INPUTS).json(out.resolve("inputs").toString()).collectAsList();
        assertThat(rows).hasSize(14);
        Row stub = rows.stream().filter(r -> fileName(r.getAs("input")).equals("stub.tar.gz")).findFirst().orElseThrow();
        assertThat((String) stub.getAs("status")).isEqualTo("nothing-recognised");
        assertThat(stub.getList(stub.fieldIndex("diagnostics"))).anyMatch(d -> d.toString().contains("truncated or corrupt"));
        Row cut = rows.stream().filter(r -> fileName(r.getAs("input")).equals("cut-after-the-leak.tar.gz")).findFirst().orElseThrow();
        assertThat((String) cut.getAs("status")).isEqualTo("partial");
        assertThat((Long) cut.getAs("findings")).isEqualTo(1L);
        assertThat(rows.stream().filter(r -> "complete".equals(r.getAs("status")))).hasSize(12);
        assertThat((Long) stub.getAs("rulesEvaluated")).isZero();
        assertThat(cut.getJavaMap(cut.fieldIndex("coverage"))).containsEntry("kernel.slab.list-lru-leak", "fired")
                .hasSize(Analyzer.builder().build().rules().size());
    }

    @Test
    void fleetJsonIsTheLibrarysFleetOfTheSameCaptures() throws IOException {
        Fleet written;
        try (Reader r = Files.newBufferedReader(out.resolve("fleet.json"))) {
            written = FleetJson.readFleet(r);
        }
        assertThat(written.totals().inputs()).isEqualTo(14);
        assertThat(rule(written, "kernel.slab.list-lru-leak").inputCount()).isEqualTo(4);
        assertThat(rule(written, "hugepages.pagesize-mismatch").inputCount()).isEqualTo(3);
        assertThat(written.attention()).extracting(Fleet.Attention::status)
                .containsExactlyInAnyOrder(Completeness.Status.PARTIAL, Completeness.Status.NOTHING_RECOGNISED);
        Analyzer analyzer = Analyzer.builder().build();
        List<FleetInput> local = new ArrayList<>();
        try (Stream<Path> files = Files.list(captures)) {
            for (Path p : files.toList()) {
                local.add(FleetInput.of(analyzer.analyze(p)).renamed(p.toUri().toString().replace("file:///", "file:/")));
            }
        }
        Instant at = Instant.parse(written.generatedAt());
        assertThat(FleetJson.toJson(written)).isEqualTo(FleetJson.toJson(Fleet.of(Fleet.rulesOf(analyzer), local, at)));
    }

    @Test
    void fleetJsonIsWhatMgaBatchWritesForTheSameFolder() throws IOException, InterruptedException {
        Path batchOut = tmp.resolve("batch");
        Analyzer analyzer = Analyzer.builder().build();
        Batch batch = new Batch(analyzer, new Batch.Settings(batchOut, List.of("json"), 2, false, "test"),
                (report, format, w) -> ReportFormat.of(format).write(report, w), new Batch.Listener() { });
        batch.run(BatchPlan.of(List.of(captures.toString()), batchOut));
        String fromBatch = withoutGeneratedAt(Files.readString(batchOut.resolve("fleet.json")));
        String fromSpark = withoutGeneratedAt(Files.readString(out.resolve("fleet.json")))
                .replace("\"file:" + captures + "/", "\"" + captures + "/");
        assertThat(fromSpark).isEqualTo(fromBatch);
    }

    @Test
    void aListFileWithAGlobAndAFolderWritesParquet() throws IOException {
        Path sub = Files.createDirectories(captures.resolve("extracted"));
        try {
            Path list = Files.writeString(tmp.resolve("captures.txt"), "# the leak copies and a folder\n"
                    + captures.resolve("leak-*.tar.gz") + "\n" + captures.resolve("extr*") + "\n");
            Path parquet = tmp.resolve("parquet");
            JobSettings settings = JobSettings.of(dev.mga.core.model.Limits.defaults(), Map.of());
            Fleet f = new FleetRun(spark, settings).run(List.of("@" + list), parquet.toString(), FleetRun.Format.PARQUET);
            assertThat(f.totals().inputs()).isEqualTo(4);
            assertThat(rule(f, "kernel.slab.list-lru-leak").inputCount()).isEqualTo(3);
            List<Row> inputs = spark.read().parquet(parquet.resolve("inputs").toString()).collectAsList();
            Row dir = inputs.stream().filter(r -> "directory".equals(r.getAs("kind"))).findFirst().orElseThrow();
            assertThat((String) dir.getAs("status")).isEqualTo("nothing-recognised");
            assertThat((String) dir.getAs("reason")).contains("archive the extracted capture");
            assertThat(spark.read().parquet(parquet.resolve("findings").toString()).count()).isEqualTo(3);
        } finally {
            Files.delete(sub);
        }
    }

    @Test
    void anInputThatNamesNothingIsAUsageError() {
        JobSettings settings = JobSettings.of(dev.mga.core.model.Limits.defaults(), Map.of());
        assertThatThrownBy(() -> new FleetRun(spark, settings).run(List.of(tmp.resolve("nothing-here").toString()),
                tmp.resolve("o").toString(), FleetRun.Format.JSON))
                .isInstanceOf(CaptureListing.InputNotFoundException.class).hasMessageContaining("no such file or directory");
        assertThatThrownBy(() -> new FleetRun(spark, settings).run(List.of(captures.resolve("*.zip").toString()),
                tmp.resolve("o").toString(), FleetRun.Format.JSON))
                .isInstanceOf(CaptureListing.InputNotFoundException.class).hasMessageContaining("no capture matches");
        // refused before any Spark session starts (FleetJob.run would stop the shared one at its end)
        assertThat(FleetJob.run("--input", captures.toString(), "--output", tmp.resolve("o").toString(), "--format", "csv"))
                .isEqualTo(2);
        assertThat(FleetJob.run("--input", captures.toString(), "--output", tmp.resolve("o").toString(), "--max-ratio", "0.5"))
                .isEqualTo(2);
    }

    private static String withoutGeneratedAt(String json) {
        return json.replaceAll("\"generatedAt\" : \"[^\"]*\"", "");
    }

    private static Fleet.RuleLine rule(Fleet f, String id) {
        return f.rules().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }

    private static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
