package dev.mga.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mga batch}: each input on its own, reports that agree with {@code mga analyze}, the fleet view, re-runs. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path captures;
    Path out;

    /** A folder of captures: the leak twice (same name in two folders), a cut archive that still holds it, and a stub. */
    @BeforeEach
    void captures() throws IOException {
        captures = Files.createDirectories(tmp.resolve("captures"));
        byte[] leak = Files.readAllBytes(Path.of(CliTest.example()));
        Files.write(captures.resolve("leak.tar.gz"), leak);
        Files.write(captures.resolve("cut.tar.gz"), Arrays.copyOf(leak, 5000));
        Files.write(captures.resolve("stub.tar.gz"), Arrays.copyOf(leak, 3000));
        Files.write(Files.createDirectories(tmp.resolve("other")).resolve("leak.tar.gz"), leak);
        out = tmp.resolve("out");
    }

    private String[] inputs() {
        return new String[] {captures.toString(), tmp.resolve("other/leak.tar.gz").toString(),
            CliTest.fixtures().resolve("must-gather/hugepages").toString(),
            CliTest.fixtures().resolve("must-gather/real-pao-sno").toString()};
    }

    private CliTest.Run batch(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", "--no-progress", "-o", out.toString(), "-f", "md,json"));
        args.addAll(List.of(inputs()));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void eachInputGetsTheReportMgaAnalyzeGives() throws IOException {
        CliTest.Run r = batch();
        // the stub has nothing mga recognises: 3, as mga analyze says for it
        assertThat(r.code()).isEqualTo(3);
        assertThat(out.resolve("leak.md")).exists();
        assertThat(out.resolve("leak-2.md")).exists();
        for (String stem : List.of("leak", "leak-2", "cut", "stub", "hugepages", "real-pao-sno")) {
            assertThat(out.resolve(stem + ".json")).as(stem).exists();
        }
        List<String[]> pairs = List.of(new String[] {"cut", captures.resolve("cut.tar.gz").toString()},
                new String[] {"leak-2", tmp.resolve("other/leak.tar.gz").toString()},
                new String[] {"hugepages", inputs()[2]}, new String[] {"stub", captures.resolve("stub.tar.gz").toString()});
        for (String[] p : pairs) {
            CliTest.Run analyze = CliTest.run("analyze", p[1], "-f", "json");
            assertThat(comparable(Files.readString(out.resolve(p[0] + ".json")))).as(p[0]).isEqualTo(comparable(analyze.out()));
        }
        assertThat(r.err()).contains("[6/6]").contains("stub.tar.gz: nothing recognised (")
                .contains("cut.tar.gz: partial (").contains("3 findings (3 critical)").contains("rules had something to judge")
                .doesNotContain("Exception\n").doesNotContain("\tat ");
        // each input's line says what mga analyze says of it
        for (String[] p : pairs) {
            String line = CliTest.run("analyze", p[1], "-f", "json").err().lines().filter(l -> l.startsWith("mga: " + p[1] + ":"))
                    .findFirst().orElseThrow().substring(("mga: " + p[1]).length());
            assertThat(r.err()).as(p[0]).contains(p[1] + line);
        }
    }

    @Test
    void fleetViewCountsTheInputsWhereEachRuleFired() throws IOException {
        assertThat(batch().code()).isEqualTo(3);
        JsonNode fleet = JSON.readTree(out.resolve("fleet.json").toFile());
        assertThat(fleet.at("/schemaVersion").asInt()).isEqualTo(1);
        assertThat(fleet.at("/totals/inputs").asInt()).isEqualTo(6);
        assertThat(fleet.at("/totals/partial").asInt()).isEqualTo(1);
        assertThat(fleet.at("/totals/nothingRecognised").asInt()).isEqualTo(1);
        assertThat(fleet.at("/rules/0/ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
        assertThat(fleet.at("/rules/0/inputCount").asInt()).isEqualTo(3);
        assertThat(fleet.at("/rules/0/evaluatedOn").asInt()).isEqualTo(3);
        assertThat(fleet.at("/attention").size()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("fleet.md"))).contains("(leak-2.md)").contains("## Inputs not read whole");
        assertThat(Files.readString(out.resolve("fleet.html"))).contains("href=\"hugepages.md\"");
    }

    @Test
    void aRerunSkipsCurrentReportsAndRedoesChangedInputs() throws IOException {
        assertThat(batch().err()).contains("6 analysed, 0 current");
        assertThat(batch().err()).contains("0 analysed, 6 current").contains("(report current)");
        // touched: same bytes, the hash says it is current
        Path leak = captures.resolve("leak.tar.gz");
        Files.setLastModifiedTime(leak, FileTime.fromMillis(Files.getLastModifiedTime(leak).toMillis() + 60_000));
        assertThat(batch().err()).contains("0 analysed, 6 current");
        // the cut archive made whole: analysed again, and the fleet says so
        Files.copy(Path.of(CliTest.example()), captures.resolve("cut.tar.gz"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(batch().err()).contains("1 analysed, 5 current").contains("cut.tar.gz: complete");
        assertThat(JSON.readTree(out.resolve("fleet.json").toFile()).at("/totals/partial").asInt()).isZero();
        // a missing report, other settings, or --force: analysed again
        Files.delete(out.resolve("stub.md"));
        assertThat(batch().err()).contains("1 analysed, 5 current");
        assertThat(batch("--max-line-length", "4096").err()).contains("6 analysed, 0 current");
        assertThat(batch("--max-line-length", "4096", "--force").err()).contains("6 analysed, 0 current");
    }

    @Test
    void exitCodesAndUsage() throws IOException {
        Path sick = tmp.resolve("sick");
        CliTest.Run failOn = CliTest.run("batch", "--no-progress", "-o", sick.toString(), captures.resolve("leak.tar.gz").toString(),
                "--fail-on", "critical");
        assertThat(failOn.code()).isEqualTo(1);
        assertThat(CliTest.run("batch", "--no-progress", "-o", sick.toString(), inputs()[3], "--fail-on", "info").code()).isZero();
        // a partial input fails --fail-on whatever its findings, as with mga analyze
        assertThat(CliTest.run("batch", "--no-progress", "-o", sick.toString(), captures.resolve("cut.tar.gz").toString(),
                "--fail-on", "critical", "--disable", "kernel.slab.list-lru-leak").code()).isEqualTo(1);
        assertThat(batch("--fail-on", "critical").code()).isEqualTo(3);
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.write(broken.resolve("stub.tar.gz"), Arrays.copyOf(Files.readAllBytes(Path.of(CliTest.example())), 3000));
        CliTest.Run none = CliTest.run("batch", "--no-progress", "-o", tmp.resolve("o2").toString(), broken.toString());
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.err()).contains("stub.tar.gz: nothing recognised");
        CliTest.Run missing = CliTest.run("batch", "-o", tmp.resolve("o3").toString(), tmp.resolve("nope.tar.gz").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.tar.gz: no such file or directory");
        assertThat(CliTest.run("batch", "-o", tmp.resolve("o4").toString(), "-f", "pdf", CliTest.example()).code()).isEqualTo(2);
        assertThat(CliTest.run("batch", "-o", tmp.resolve("o4").toString(), "--disable", "no.such-rule", CliTest.example()).code())
                .isEqualTo(2);
        Path list = Files.writeString(tmp.resolve("list.txt"),
                "# two captures\n" + captures.resolve("leak.tar.gz") + "\n\n" + inputs()[2] + "\n");
        CliTest.Run listed = CliTest.run("batch", "--no-progress", "-o", tmp.resolve("o5").toString(), "@" + list);
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.err()).contains("[2/2]");
        assertThat(tmp.resolve("o5/leak.md")).exists();
        assertThat(tmp.resolve("o5/hugepages.md")).exists();
    }

    /** A report as JSON without what differs between two runs of the same analysis. */
    private static JsonNode comparable(String json) throws IOException {
        JsonNode n = JSON.readTree(json);
        if (n instanceof ObjectNode o) {
            o.remove("generatedAt");
        }
        return n;
    }
}
