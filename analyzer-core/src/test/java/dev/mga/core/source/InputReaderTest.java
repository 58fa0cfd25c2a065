package dev.mga.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Limits;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Archives;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading inputs of every shape the issue names, end to end through the analyzer: the bundled
 * must-gather as a tree, .tar.gz, .tar.xz, .tar.zst, .tar.bz2, a zip holding the .tar.gz, plus
 * links, hostile names, truncation and limits.
 */
class InputReaderTest {

    static final String LEAK_LISTING = "nodes/lon06-master-0.xip.io/sys/kernel/slab/kmalloc-32/alloc_calls";
    static Map<String, byte[]> tree;
    static Analyzer analyzer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        Path base = Fixtures.path("must-gather/list-lru-leak");
        tree = Archives.files(base, base.resolve("must-gather.local.5524722385441530128"));
        analyzer = Analyzer.builder().build();
    }

    private static void assertLeakFound(Report report, String pathPrefix) {
        List<Finding> leak = report.findings().stream().filter(f -> f.ruleId().equals("kernel.slab.list-lru-leak")).toList();
        assertThat(leak).hasSize(1);
        List<Evidence> ev = leak.get(0).evidence();
        assertThat(ev).extracting(Evidence::where).contains(pathPrefix + "must-gather.local.5524722385441530128/"
                + "quay-io-openshift-release-dev-ocp-v4-0-art-dev-sha256-7d5b3b4cb8fb4e4dcf6a1d36bdf7e0b58a84f1fa3f7a5cdc0f1a0c7f5e19a2e4/"
                + LEAK_LISTING + ":5");
        assertThat(ev.get(0).excerpt()).isEqualTo("19861376 __list_lru_init+0x2b8/0x480 age=406870/2007921/2594449 pid=1-38406 cpus=0-7");
        assertThat(report.artifacts()).filteredOn(a -> a.status() == ArtifactStatus.PARSED).hasSize(3);
        assertThat(report.diagnostics()).isEmpty();
    }

    @Test
    void extractedDirectory() {
        assertLeakFound(analyzer.analyze(Fixtures.path("must-gather/list-lru-leak")), "");
        assertThat(analyzer.analyze(Fixtures.path("must-gather/list-lru-leak")).inputs().get(0).kind()).isEqualTo("directory");
    }

    @Test
    void committedTarGz() {
        Report r = analyzer.analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        assertLeakFound(r, "");
        assertThat(r.inputs().get(0).kind()).isEqualTo("archive");
        assertThat(r.inputs().get(0).entries()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "tar.gz", "tar.xz", "tar.zst", "tar.bz2", "zip"})
    void everyArchiveFormat(String format) {
        byte[] tar = Archives.tar(tree);
        byte[] data = switch (format) {
            case "tar" -> tar;
            case "tar.gz" -> Archives.gzip(tar);
            case "tar.xz" -> Archives.xz(tar);
            case "tar.zst" -> Archives.zstd(tar);
            case "tar.bz2" -> Archives.bzip2(tar);
            default -> Archives.zip(tree);
        };
        assertLeakFound(analyzer.analyze(Archives.save(tmp, "mg." + format, data)), "");
    }

    @Test
    void zipHoldingTheTarGzAsCasesArrive() throws IOException {
        byte[] inner = Files.readAllBytes(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("case-03312345/README.txt", "uploaded by the customer\n".getBytes(StandardCharsets.UTF_8));
        outer.put("case-03312345/must-gather.tar.gz", inner);
        Report r = analyzer.analyze(Archives.save(tmp, "case.zip", Archives.zip(outer)));
        assertLeakFound(r, "case-03312345/must-gather.tar.gz!/");
        assertThat(r.inputs().get(0).unknown()).isEqualTo(1);
        assertThat(r.inputs().get(0).unknownSample()).containsExactly("case-03312345/README.txt");
    }

    @Test
    void wrongExtensionIsIgnoredMagicBytesDecide() {
        byte[] tgz = Archives.gzip(Archives.tar(tree));
        assertLeakFound(analyzer.analyze(Archives.save(tmp, "upload.bin", tgz)), "");
    }

    @Test
    void singleGzippedFileIsDetectedByItsInnerName() throws IOException {
        byte[] listing = Files.readAllBytes(Fixtures.path("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));
        Report r = Analyzer.builder().option("slab.cache", "kmalloc-32").build()
                .analyze(Archives.save(tmp, "alloc_calls.gz", Archives.gzip(listing)));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
        assertThat(r.findings().get(0).evidence().get(0).where()).isEqualTo("alloc_calls.gz:5");
    }

    @Test
    void symbolicLinksInADirectoryAreRecordedNotFollowed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("capture/sys/kernel/slab/kmalloc-32"));
        Files.createSymbolicLink(dir.resolve("alloc_calls"), Path.of("/etc/passwd"));
        Report r = analyzer.analyze(tmp.resolve("capture"));
        Artifact link = r.artifacts().get(0);
        assertThat(link.status()).isEqualTo(ArtifactStatus.SKIPPED);
        assertThat(link.diagnostics().get(0).message()).contains("symbolic link to '/etc/passwd', not followed");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void linksInsideATarAreRecordedNotFollowed() {
        Map<String, byte[]> files = Map.of("sys/kernel/slab/kmalloc-32/alloc_calls", tree.values().iterator().next());
        byte[] sym = Archives.tarWithLinks(files, Map.of("evil", "../../../../etc/shadow"), true);
        byte[] hard = Archives.tarWithLinks(files, Map.of("again", "sys/kernel/slab/kmalloc-32/alloc_calls"), false);
        Report s = analyzer.analyze(Archives.save(tmp, "sym.tar", sym));
        Report h = analyzer.analyze(Archives.save(tmp, "hard.tar", hard));
        assertThat(s.diagnostics()).extracting(Diagnostic::message).contains("symbolic link to '../../../../etc/shadow', not followed");
        assertThat(h.diagnostics()).extracting(Diagnostic::message)
                .contains("hard link to 'sys/kernel/slab/kmalloc-32/alloc_calls', not followed");
    }

    @Test
    void climbingAndAbsoluteNamesAreReportedAndReadInside() throws IOException {
        byte[] listing = Files.readAllBytes(Fixtures.path("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../sys/kernel/slab/kmalloc-32/alloc_calls", listing);
        files.put("/abs/sys/kernel/slab/kmalloc-64/alloc_calls", listing);
        Report r = analyzer.analyze(Archives.save(tmp, "evil.tar", Archives.tar(files)));
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .contains("'../../sys/kernel/slab/kmalloc-32/alloc_calls' contains '..'; read as 'sys/kernel/slab/kmalloc-32/alloc_calls'"));
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("is absolute"));
        assertThat(r.artifacts()).extracting(Artifact::path)
                .containsExactly("sys/kernel/slab/kmalloc-32/alloc_calls", "abs/sys/kernel/slab/kmalloc-64/alloc_calls");
    }

    @Test
    void truncatedArchiveGivesADiagnosticAndWhatCameBefore() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(tree);
        byte[] filler = new byte[200_000];
        new java.util.Random(1).nextBytes(filler);
        files.put("zz/late-entry.bin", filler);
        byte[] tgz = Archives.gzip(Archives.tar(files));
        byte[] cut = Arrays.copyOf(tgz, tgz.length - 50_000);
        Report r = analyzer.analyze(Archives.save(tmp, "cut.tar.gz", cut));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).containsAnyOf("truncated or corrupt"));
    }

    @Test
    void garbageInputIsReadAsAnUnknownFile() {
        Report r = analyzer.analyze(Archives.save(tmp, "noise.tar.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}));
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("gzip"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.nothingRead()).isFalse();
    }

    @Test
    void missingInputIsUnreadable() {
        Report r = analyzer.analyze(tmp.resolve("nope.tar.gz"));
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.diagnostics().get(0).message()).startsWith("cannot read input");
    }

    @Test
    void entryLimitStopsReadingWithADiagnostic() {
        Report r = withLimits(l -> l.maxEntries(2)).analyze(Archives.save(tmp, "mg.tar", Archives.tar(tree)));
        assertThat(r.inputs().get(0).entries()).isEqualTo(2);
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("more than 2 entries (limit maxEntries)"));
    }

    @Test
    void entrySizeLimitCutsOneEntryAndTheRestIsRead() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a/big.log", new byte[100_000]);
        files.putAll(tree);
        Report r = withLimits(l -> l.maxEntryBytes(60_000)).analyze(Archives.save(tmp, "mg.tar.gz", Archives.gzip(Archives.tar(files))));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
    }

    @Test
    void compressionBombIsStopped() {
        byte[] zeros = new byte[20 << 20];
        Map<String, byte[]> files = new LinkedHashMap<>(tree);
        files.put("zz/bomb", zeros);
        byte[] tgz = Archives.gzip(Archives.tar(files));
        Report r = withLimits(l -> l.ratioGraceBytes(1 << 20).maxCompressionRatio(100))
                .analyze(Archives.save(tmp, "bomb.tar.gz", tgz));
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("limit maxCompressionRatio"));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
    }

    @Test
    void nestingDepthIsBounded() {
        byte[] level = Archives.zip(tree);
        for (int i = 0; i < 4; i++) {
            level = Archives.zip(Map.of("level" + i + ".zip", level));
        }
        Report deep = withLimits(l -> l.maxNestingDepth(3)).analyze(Archives.save(tmp, "deep.zip", level));
        assertThat(deep.findings()).isEmpty();
        assertThat(deep.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("nested deeper than 3 levels"));
        Report ok = analyzer.analyze(Archives.save(tmp, "deep2.zip", level));
        assertThat(ok.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
    }

    private static Analyzer withLimits(UnaryOperator<Limits.Builder> change) {
        return Analyzer.builder().limits(change.apply(Limits.builder()).build()).build();
    }

    @Test
    void aParserClosingItsStreamDoesNotEndTheArchive() throws IOException {
        // the metrics JSON parser reads through Jackson, which closes the stream it was given
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a/podmetrics.json", Files.readAllBytes(Fixtures.path("metrics/seed-pasted/capture/podmetrics-etcd-master-0.json")));
        files.putAll(tree);
        Report r = analyzer.analyze(Archives.save(tmp, "mixed.tar.gz", Archives.gzip(Archives.tar(files))));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.artifacts()).extracting(Artifact::type).contains("metrics.metrics-json", "slab.calls");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("kernel.slab.list-lru-leak");
    }
}
