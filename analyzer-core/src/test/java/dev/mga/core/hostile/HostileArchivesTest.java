package dev.mga.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Limits;
import dev.mga.core.model.Report;
import dev.mga.core.report.ReportRenderer;
import dev.mga.core.testing.Archives;
import dev.mga.core.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives a customer (or an attacker) may upload, generated here rather than committed. Each
 * must end in bounded time with a report and diagnostics, never an exception, and the real
 * content next to the hostile part must still be found. This class runs in its own JVM with
 * {@code -Xmx256m} (see the "hostile" execution in analyzer-core/pom.xml).
 */
@Tag("hostile")
class HostileArchivesTest {

    static final Duration BOUND = Duration.ofSeconds(90);
    static byte[] listing;
    static Analyzer analyzer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws IOException {
        listing = Files.readAllBytes(Fixtures.path("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));
        analyzer = Analyzer.builder().build();
    }

    /** The seed's leaking listing next to the hostile part: the leak must still be reported. */
    static Map<String, byte[]> withLeak(Map<String, byte[]> hostile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
        files.putAll(hostile);
        return files;
    }

    Report analyse(String name, byte[] data) {
        return analyse(analyzer, name, data);
    }

    Report analyse(Analyzer a, String name, byte[] data) {
        return analyse(a, Archives.save(tmp, name, data));
    }

    static void assertLeak(Report r) {
        assertThat(r.findings()).extracting(Finding::ruleId).contains("kernel.slab.list-lru-leak");
    }

    static List<String> messages(Report r) {
        return r.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void truncatedAtManyOffsets() {
        Map<String, byte[]> files = withLeak(Map.of("zz/filler.log", "I1124 log line\n".repeat(20_000).getBytes(StandardCharsets.UTF_8)));
        byte[] tgz = Archives.gzip(Archives.tar(files));
        for (int i = 1; i < 20; i++) {
            int cut = tgz.length * i / 20;
            Report r = analyse("cut-" + i + ".tar.gz", Arrays.copyOf(tgz, cut));
            assertThat(r.nothingRead()).isFalse();
            assertThat(messages(r)).as("cut at " + cut).anyMatch(m -> m.contains("truncated or corrupt") || m.contains("reading stopped"));
        }
    }

    @Test
    void corruptChecksumsAndTrailingGarbage() {
        byte[] tgz = Archives.gzip(Archives.tar(withLeak(Map.of())));
        byte[] badCrc = tgz.clone();
        badCrc[badCrc.length - 6] ^= 0x55; // CRC32 field of the gzip trailer
        Report crc = analyse("crc.tar.gz", badCrc);
        assertLeak(crc);
        assertThat(messages(crc)).anyMatch(m -> m.contains("Corrupt GZIP trailer") || m.contains("truncated or corrupt"));

        byte[] flipped = Archives.xz(Archives.tar(withLeak(Map.of())));
        flipped[flipped.length / 2] ^= 0x7f;
        assertThat(messages(analyse("flip.tar.xz", flipped))).anyMatch(m -> m.contains("corrupt"));

        byte[] zip = Archives.zip(withLeak(Map.of()));
        byte[] zipBad = zip.clone();
        zipBad[60] ^= 0x11; // inside the first entry's data: its CRC no longer matches
        analyse("bad.zip", zipBad);

        byte[] garbage = concat(tgz, "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
        assertLeak(analyse("garbage.tar.gz", garbage));
    }

    @Test
    void concatenatedGzipMembersAreOneStream() {
        byte[] tar = Archives.tar(withLeak(Map.of()));
        byte[] half1 = Arrays.copyOf(tar, 1024);
        byte[] half2 = Arrays.copyOfRange(tar, 1024, tar.length);
        Report r = analyse("two-members.tar.gz", concat(Archives.gzip(half1), Archives.gzip(half2)));
        assertLeak(r);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void zipBombIsStoppedByTheRatioLimit() throws IOException {
        Path p = tmp.resolve("bomb.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(p)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putArchiveEntry(new ZipArchiveEntry("nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls"));
            zip.write(listing);
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) { // 512 MiB of zeros, about 0.5 MB deflated
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        Report r = analyse(analyzer, p);
        assertLeak(r);
        assertThat(messages(r)).anyMatch(m -> m.contains("limit maxCompressionRatio"));
    }

    @Test
    void gzipBombAroundATarIsStopped() throws IOException {
        Path p = tarGz("bomb.tar.gz", tar -> {
            put(tar, "nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
            TarArchiveEntry big = new TarArchiveEntry("huge.bin");
            long size = 1L << 30;
            big.setSize(size);
            tar.putArchiveEntry(big);
            byte[] zeros = new byte[1 << 20];
            for (long w = 0; w < size; w += zeros.length) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        });
        Report r = analyse(analyzer, p);
        assertLeak(r);
        assertThat(messages(r)).anyMatch(m -> m.contains("limit maxCompressionRatio"));
    }

    @Test
    void hugeDeclaredSizeWithLittleData() {
        byte[] tar = Archives.tar(withLeak(Map.of("zz/short", new byte[600])));
        // declare 077777777777 bytes (8 GiB - 1) for the last entry, whose data is far shorter
        int header = indexOf(tar, "zz/short".getBytes(StandardCharsets.US_ASCII));
        byte[] octal = "77777777777\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, tar, header + 124, octal.length);
        Report r = analyse("liar.tar", tar);
        assertLeak(r);
        assertThat(r.diagnostics()).isNotEmpty();
    }

    @Test
    void manyTinyEntriesHitTheEntryLimit() throws IOException {
        Path p = tarGz("many.tar.gz", tar -> {
            put(tar, "nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
            for (int i = 0; i < 60_000; i++) {
                put(tar, "tiny/" + i, new byte[] {'x'});
            }
        });
        Report r = analyse(Analyzer.builder().limits(Limits.builder().maxEntries(50_000).build()).build(), p);
        assertLeak(r);
        assertThat(r.inputs().get(0).entries()).isEqualTo(50_000);
        assertThat(messages(r)).anyMatch(m -> m.contains("limit maxEntries"));
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        byte[] level = Archives.zip(withLeak(Map.of()));
        for (int i = 0; i < 60; i++) {
            level = i % 2 == 0 ? Archives.gzip(Archives.tar(Map.of("l" + i + ".zip", level))) : Archives.zip(Map.of("l" + i + ".tar.gz", level));
        }
        Report r = analyse("deep.zip", level);
        assertThat(r.findings()).isEmpty();
        assertThat(messages(r)).anyMatch(m -> m.contains("limit maxNestingDepth"));
    }

    @Test
    void hostileNamesLinksLoopsAndDuplicates() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../../../etc/cron.d/evil", "* * * * * root sh\n".getBytes(StandardCharsets.UTF_8));
        files.put("/absolute/nodes/n2/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
        files.put("back\\slash\\nodes\\n3\\sys\\kernel\\slab\\kmalloc-32\\alloc_calls", listing);
        files.put("nul\u0000name", "x".getBytes(StandardCharsets.UTF_8)); // tar cuts a name at NUL
        files.put("ctl\u001b[31m\nname", "x".getBytes(StandardCharsets.UTF_8));
        files.put("x/".repeat(3000) + "long", "x".getBytes(StandardCharsets.UTF_8));
        files.put("nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("loop-a", "loop-b");
        links.put("loop-b", "loop-a");
        links.put("nodes/n4/sys/kernel/slab/kmalloc-32/alloc_calls", "/etc/shadow");
        byte[] sym = Archives.tarWithLinks(files, links, true);
        Report r = analyse("names.tar", sym);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("kernel.slab.list-lru-leak")).hasSize(3);
        assertThat(messages(r)).anyMatch(m -> m.contains("contains '..'")).anyMatch(m -> m.contains("is absolute"))
                .anyMatch(m -> m.contains("uses backslashes")).anyMatch(m -> m.contains("control characters"))
                .anyMatch(m -> m.contains("longer than 4096")).anyMatch(m -> m.contains("symbolic link to 'loop-a', not followed"));
        assertThat(r.artifacts()).filteredOn(a -> a.status() == ArtifactStatus.SKIPPED).extracting(Artifact::path)
                .contains("nodes/n4/sys/kernel/slab/kmalloc-32/alloc_calls");
        Report hard = analyse("hard.tar", Archives.tarWithLinks(withLeak(Map.of()), Map.of("self", "self"), false));
        assertThat(messages(hard)).anyMatch(m -> m.contains("hard link to 'self', not followed"));
        // duplicate names: both copies are read, each with its own evidence
        byte[] dup = concatTars(Archives.tar(withLeak(Map.of())), Archives.tar(withLeak(Map.of())));
        assertThat(analyse("dup.tar", dup).findings()).isNotEmpty();
    }

    @Test
    void nonUtf8NamesAndContents() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding("ISO-8859-1");
            zip.setUseLanguageEncodingFlag(false);
            zip.putArchiveEntry(new ZipArchiveEntry("caf\u00e9/nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls"));
            zip.write(listing);
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("latin1.txt"));
            zip.write(new byte[] {(byte) 0xe9, (byte) 0xff, (byte) 0xfe, '\n', (byte) 0xc3});
            zip.closeArchiveEntry();
        }
        Report r = analyse("latin1.zip", out.toByteArray());
        assertLeak(r);
    }

    @Test
    void oneHundredMegabyteLineEmptyFilesAndBinariesWithArtifactNames() throws IOException {
        byte[] binary = new byte[200_000];
        new java.util.Random(3).nextBytes(binary);
        Path p = tarGz("odd.tar.gz", tar -> {
            put(tar, "nodes/n1/sys/kernel/slab/kmalloc-32/alloc_calls", listing);
            TarArchiveEntry line = new TarArchiveEntry("nodes/n2/sys/kernel/slab/kmalloc-64/alloc_calls");
            line.setSize(100L << 20);
            tar.putArchiveEntry(line);
            // digits without a newline: one 100 MB line that does not compress like a bomb
            byte[] digits = new byte[1 << 20];
            java.util.Random rnd = new java.util.Random(5);
            for (int i = 0; i < 100; i++) {
                for (int j = 0; j < digits.length; j++) {
                    digits[j] = (byte) ('0' + rnd.nextInt(10));
                }
                tar.write(digits);
            }
            tar.closeArchiveEntry();
            put(tar, "nodes/n3/proc/slabinfo", new byte[0]);
            put(tar, "nodes/n4/sys/kernel/slab/kmalloc-96/alloc_calls", binary);
            put(tar, "nodes/n5/slabtop.txt", binary);
        });
        Report r = analyse(analyzer, p);
        assertLeak(r);
        assertThat(r.artifacts()).filteredOn(a -> a.path().equals("nodes/n2/sys/kernel/slab/kmalloc-64/alloc_calls"))
                .singleElement().satisfies(a -> assertThat(a.diagnostics()).extracting(Diagnostic::message)
                        .anyMatch(m -> m.contains("longer than")));
        assertThat(r.artifacts()).filteredOn(a -> a.status() == ArtifactStatus.FAILED).extracting(Artifact::path)
                .contains("nodes/n4/sys/kernel/slab/kmalloc-96/alloc_calls", "nodes/n5/slabtop.txt");
        // 0 bytes: nothing to read, which is not a failure
        assertThat(r.artifacts()).filteredOn(a -> a.path().equals("nodes/n3/proc/slabinfo")).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ArtifactStatus.EMPTY);
                    assertThat(a.diagnostics()).isEmpty();
                });
    }

    /** Writes a .tar.gz straight to a file, entry by entry, so big inputs never sit in this JVM's heap. */
    interface Entries {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    Path tarGz(String name, Entries entries) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(p);
             GZIPOutputStream gz = new GZIPOutputStream(new java.io.BufferedOutputStream(file, 1 << 16)) {
                 { def.setLevel(Deflater.BEST_SPEED); }
             };
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            entries.write(tar);
        }
        return p;
    }

    static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    Report analyse(Analyzer a, Path p) {
        Report r = assertTimeoutPreemptively(BOUND, () -> a.analyze(p));
        for (String f : new String[] {"md", "html", "json"}) {
            StringWriter w = new StringWriter();
            assertTimeoutPreemptively(BOUND, () -> ReportRenderer.forFormat(f).render(r, w));
        }
        assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("parser failed") || d.message().contains("could not be evaluated"));
        return r;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Two tar streams one after the other, without the first one's end-of-archive blocks. */
    static byte[] concatTars(byte[] a, byte[] b) {
        int end = a.length;
        while (end >= 512 && isZero(a, end - 512, 512)) {
            end -= 512;
        }
        return concat(Arrays.copyOf(a, end), b);
    }

    static boolean isZero(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

}
