package dev.mga.fleet;

import dev.mga.core.model.Completeness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.mga.core.Analyzer;
import dev.mga.core.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet view of real fixtures: two sick must-gathers, two healthy ones, and two broken archives. */
class FleetTest {

    private static final Path FIXTURES = Path.of(System.getProperty("mga.fixtures", "../fixtures"));
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    @TempDir
    static Path tmp;

    static Analyzer analyzer;
    static List<FleetInput> results;
    static Fleet fleet;

    @BeforeAll
    static void analyse() throws IOException {
        analyzer = Analyzer.builder().build();
        byte[] leak = Files.readAllBytes(FIXTURES.resolve("must-gather/list-lru-leak.tar.gz"));
        Path cut = Files.write(tmp.resolve("cut-after-the-leak.tar.gz"), Arrays.copyOf(leak, 5000));
        Path stub = Files.write(tmp.resolve("stub.tar.gz"), Arrays.copyOf(leak, 3000));
        List<Path> inputs = List.of(FIXTURES.resolve("must-gather/list-lru-leak.tar.gz"), FIXTURES.resolve("must-gather/hugepages"),
                FIXTURES.resolve("must-gather/real-pao-sno"), FIXTURES.resolve("must-gather/real-pao-bare-metal"), cut, stub);
        results = new ArrayList<>();
        for (Path p : inputs) {
            results.add(FleetInput.of(analyzer.analyze(p)));
        }
        fleet = Fleet.of(Fleet.rulesOf(analyzer), results, AT);
    }

    private static FleetInput result(String nameEnd) {
        return results.stream().filter(r -> r.input().endsWith(nameEnd)).findFirst().orElseThrow();
    }

    @Test
    void eachInputSaysHowMuchWasRead() {
        assertThat(result("list-lru-leak.tar.gz").status()).isEqualTo(Completeness.Status.COMPLETE);
        assertThat(result("real-pao-sno").status()).isEqualTo(Completeness.Status.COMPLETE);
        FleetInput cut = result("cut-after-the-leak.tar.gz");
        assertThat(cut.status()).isEqualTo(Completeness.Status.PARTIAL);
        assertThat(cut.reason()).contains("truncated or corrupt");
        assertThat(cut.findings()).extracting(FleetFinding::ruleId).containsExactly("kernel.slab.list-lru-leak");
        FleetInput stub = result("stub.tar.gz");
        assertThat(stub.status()).isEqualTo(Completeness.Status.NOTHING_RECOGNISED);
        assertThat(stub.reason()).contains("truncated or corrupt");
        assertThat(stub.diagnostics()).anyMatch(d -> d.contains("Unexpected end of ZLIB input stream"));
    }

    @Test
    void perRuleTheInputsWhereItFired() {
        Fleet.RuleLine leak = rule("kernel.slab.list-lru-leak");
        assertThat(leak.inputCount()).isEqualTo(2);
        // same severity, so the hits follow the inputs' path order (which depends on where the
        // checkout and the temporary folder live)
        List<String> expected = new java.util.ArrayList<>(List.of(tmp.resolve("cut-after-the-leak.tar.gz").toString(),
                FIXTURES.resolve("must-gather/list-lru-leak.tar.gz").toString()));
        java.util.Collections.sort(expected);
        assertThat(leak.inputs()).extracting(Fleet.Hit::input).containsExactlyElementsOf(expected);
        assertThat(leak.inputs().get(0).summary()).startsWith("kmalloc-32 on lon06-master-0.xip.io").doesNotContain("\n");
        for (String id : List.of("hugepages.allocatable-short", "hugepages.pagesize-mismatch", "hugepages.reservation-exhausted")) {
            assertThat(rule(id).inputCount()).as(id).isEqualTo(1);
            assertThat(rule(id).inputs().get(0).severity()).isEqualTo(Severity.CRITICAL);
        }
        assertThat(fleet.rules()).hasSize(analyzer.rules().size());
        assertThat(fleet.rules().get(0).ruleId()).isEqualTo("kernel.slab.list-lru-leak");
        assertThat(fleet.rules().stream().filter(r -> r.inputCount() == 0)).allMatch(r -> r.inputs().isEmpty());
    }

    @Test
    void coverageSubjectsAndFiguresComeFromTheReport() {
        Fleet.RuleLine leak = rule("kernel.slab.list-lru-leak");
        // only the two slab captures hold anything for it to judge; its silence elsewhere means nothing
        assertThat(leak.evaluatedOn()).isEqualTo(2);
        assertThat(result("real-pao-sno").coverage()).containsEntry("kernel.slab.list-lru-leak", "not-evaluated");
        assertThat(result("list-lru-leak.tar.gz").coverage()).containsEntry("kernel.slab.list-lru-leak", "fired")
                .hasSize(analyzer.rules().size());
        assertThat(result("stub.tar.gz").rulesEvaluated()).isZero();
        FleetFinding f = result("list-lru-leak.tar.gz").findings().get(0);
        assertThat(f.subject()).containsValue("kmalloc-32").containsValue("lon06-master-0.xip.io");
        assertThat(f.figures()).isNotEmpty();
        assertThat(f.figures().values()).anyMatch(v -> v.longValue() == 29_831_104L);
        assertThat(fleet.inputs().stream().filter(i -> i.input().endsWith("hugepages")).findFirst().orElseThrow().rulesEvaluated())
                .isGreaterThan(0);
    }

    @Test
    void totalsAndAttention() {
        Fleet.Totals t = fleet.totals();
        assertThat(t.inputs()).isEqualTo(6);
        assertThat(t.complete()).isEqualTo(4);
        assertThat(t.partial()).isEqualTo(1);
        assertThat(t.nothingRecognised()).isEqualTo(1);
        assertThat(t.withFindings()).isEqualTo(3);
        assertThat(t.findings()).isEqualTo(results.stream().mapToLong(r -> r.findings().size()).sum()).isEqualTo(t.critical() + t.warning() + t.info());
        assertThat(fleet.attention()).extracting(Fleet.Attention::status)
                .containsExactly(Completeness.Status.PARTIAL, Completeness.Status.NOTHING_RECOGNISED);
        assertThat(fleet.inputs()).extracting(Fleet.InputLine::input).isSorted();
        assertThat(fleet.generatedAt()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void theOrderOfResultsDoesNotMatter() {
        List<FleetInput> shuffled = new ArrayList<>(results);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(FleetJson.toJson(Fleet.of(Fleet.rulesOf(analyzer), shuffled, AT))).isEqualTo(FleetJson.toJson(fleet));
    }

    @Test
    void jsonFollowsTheSchemaAndReadsBack() throws IOException {
        String json = FleetJson.toJson(fleet);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(FIXTURES.getParent().resolve("docs/fleet.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.at("/rules/0/inputs/0/severity").asText()).isEqualTo("critical");
        assertThat(doc.at("/attention/1/status").asText()).isEqualTo("nothing-recognised");
        assertThat(FleetJson.toJson(FleetJson.readFleet(new StringReader(json)))).isEqualTo(json);
        for (FleetInput r : results) {
            StringWriter w = new StringWriter();
            FleetJson.write(r, w);
            StringWriter again = new StringWriter();
            FleetJson.write(FleetJson.readInput(new StringReader(w.toString())), again);
            assertThat(again.toString()).isEqualTo(w.toString());
        }
    }

    @Test
    void onlyOneInputReportsMakeAFleetInput() {
        assertThatThrownBy(() -> FleetInput.of(analyzer.analyze(FIXTURES.resolve("must-gather/real-pao-sno"),
                FIXTURES.resolve("must-gather/real-pao-bare-metal")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markdownAndHtmlLinkEveryRuleAndReport() throws IOException {
        StringWriter md = new StringWriter();
        new FleetMarkdown(in -> in.endsWith("stub.tar.gz") ? null : "reports/x.md").render(fleet, md);
        assertThat(md.toString()).contains("## Findings by rule", "| [kernel.slab.list-lru-leak](#kernelslablist-lru-leak) | critical | 2 | 2 |",
                "### kernel.slab.list-lru-leak", "## Inputs not read whole", "| partial |", "(reports/x.md)");
        StringWriter html = new StringWriter();
        new FleetHtml(in -> "r/" + Path.of(in).getFileName() + ".html").render(fleet, html);
        String page = html.toString();
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(page);
        int links = 0;
        while (href.find()) {
            assertThat(page).contains("id=\"" + href.group(1) + "\"");
            links++;
        }
        assertThat(links).isEqualTo(4);
        assertThat(page).doesNotContain("<script").contains("href=\"r/stub.tar.gz.html\"");
    }

    private static Fleet.RuleLine rule(String id) {
        return fleet.rules().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }
}
