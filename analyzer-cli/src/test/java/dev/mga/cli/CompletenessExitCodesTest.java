package dev.mga.cli;

import static dev.mga.cli.CliTest.example;
import static dev.mga.cli.CliTest.fixtures;
import static dev.mga.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mga.cli.CliTest.Run;
import dev.mga.core.Analyzer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user must never get "no culprit" and exit 0 for an input mga did not read, or read only
 * in part, without standard error saying so: exit 3 for an input with nothing recognised, and
 * {@code --fail-on} failing on a partial input.
 */
class CompletenessExitCodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEmptyFolderExitsWith3(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("must-gather"));
        Run r = run("analyze", empty.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("mga: " + empty + ": nothing recognised (empty folder: no file in it); 0 findings; "
                + "0 of " + Analyzer.builder().build().rules().size() + " rules had something to judge" + System.lineSeparator());
        assertThat(r.out()).contains("**NOTHING RECOGNISED:**").contains("No rule had anything to judge in this input.")
                .doesNotContain("No rule found a culprit");
    }

    @Test
    void anEmptyFileExitsWith3(@TempDir Path tmp) throws IOException {
        Path empty = Files.createFile(tmp.resolve("alloc_calls"));
        Run r = run("analyze", empty.toString(), "-f", "json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("nothing recognised (empty file (0 bytes))");
        JsonNode in = JSON.readTree(r.out()).at("/inputs/0");
        assertThat(in.at("/completeness/status").asText()).isEqualTo("nothing-recognised");
        assertThat(in.path("empty").asInt()).isEqualTo(1);
    }

    @Test
    void aTextFileNamedTarGzExitsWith3(@TempDir Path tmp) throws IOException {
        Path fake = tmp.resolve("must-gather.tar.gz");
        Files.writeString(fake, "the upload failed, please try again\n");
        Run r = run("analyze", fake.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains(fake + ": nothing recognised (named like a .tar.gz archive, but its content is not one)");
    }

    @Test
    void anUnreadableFolderExitsWith3(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("must-gather"));
        Files.writeString(dir.resolve("slabinfo"), "slabinfo - version: 2.1\n");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("---------"));
        try {
            Run r;
            if (!Files.isReadable(dir)) {
                r = run("analyze", dir.toString());
            } else {
                // root reads any folder: run the command line as nobody, the way a user meets this
                r = asNobody(tmp, dir);
            }
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains(dir + ": nothing recognised").contains("cannot list directory");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anArchiveCutInTheMiddleIsPartialAndFailsFailOn(@TempDir Path tmp) throws IOException {
        byte[] whole = Files.readAllBytes(Path.of(example()));
        Path cut = tmp.resolve("cut.tar.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));
        Run plain = run("analyze", cut.toString(), "-f", "json");
        assertThat(plain.code()).as("without --fail-on the report is made, stderr says partial").isZero();
        assertThat(plain.err()).contains(cut + ": partial (").contains("truncated or corrupt");
        JsonNode in = JSON.readTree(plain.out()).at("/inputs/0");
        assertThat(in.at("/completeness/status").asText()).isEqualTo("partial");
        assertThat(in.path("parsed").asInt()).isPositive();
        assertThat(run("analyze", cut.toString(), "--fail-on", "critical").code()).isEqualTo(1);
        assertThat(run("analyze", cut.toString(), "--fail-on", "warning").code()).isEqualTo(1);
        Run md = run("analyze", cut.toString());
        assertThat(md.out()).contains("**PARTIAL:**").contains("This input was read only in part.");
    }

    @Test
    void aLimitHitOnAHealthyCaptureFailsFailOnWarning() {
        String healthy = fixtures().resolve("slab/qemu-captures/host-6.18").toString();
        assertThat(run("analyze", healthy, "--fail-on", "warning").code()).isZero();
        Run r = run("analyze", healthy, "--fail-on", "warning", "--max-total-bytes", "32KiB");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(healthy + ": partial (").contains("limit maxTotalBytes").contains("0 findings");
    }

    @Test
    void nothingRecognisedWinsOverFindings(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("analyze", example(), empty.toString(), "--fail-on", "critical");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(2);
    }

    /** Runs {@code mga analyze dir} in a JVM of its own as user nobody, on a copy of this test's class path. */
    private static Run asNobody(Path tmp, Path dir) throws Exception {
        assumeTrue(new File("/usr/bin/setpriv").canExecute(), "setpriv is needed to drop root's rights for this test");
        Path cp = Files.createDirectory(tmp.resolve("cp"));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path src = Path.of(e);
            if (!Files.exists(src)) {
                continue;
            }
            Path dst = cp.resolve((i++) + "-" + src.getFileName());
            copy(src, dst);
            entries.add(dst.toString());
        }
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var walk = Files.walk(cp)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", java,
                "-cp", String.join(File.pathSeparator, entries), "dev.mga.cli.Main", "analyze", "--no-progress", dir.toString());
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void copy(Path src, Path dst) throws IOException {
        if (Files.isDirectory(src)) {
            try (var walk = Files.walk(src)) {
                for (Path p : walk.toList()) {
                    Path t = dst.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                }
            }
        } else {
            Files.copy(src, dst);
        }
    }
}
