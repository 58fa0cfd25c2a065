package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {

    static final String ROOT = "must-gather.local.5524722385441530128/quay-io-openshift-release-dev-ocp-v4-0-art-dev-sha256-"
            + "7d5b3b4cb8fb4e4dcf6a1d36bdf7e0b58a84f1fa3f7a5cdc0f1a0c7f5e19a2e4/";
    static Report report;
    static Path notes;

    @BeforeAll
    static void analyse(@TempDir Path tmp) throws IOException {
        // two inputs: the bundled example and a loose file holding tokens and a broken line
        notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "$ oc login --token=sha256~AbCdEf123_-xyz --server=https://api.example:6443\n"
                + Fixtures.read("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls")
                + "  12 broken+0x1 age=1 pid=1 Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.abc.def\n");
        report = Analyzer.builder().clock(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)).build()
                .analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"), notes);
    }

    static String render(String format) throws IOException {
        StringWriter w = new StringWriter();
        ReportRenderer.forFormat(format).render(report, w);
        return w.toString();
    }

    @Test
    void jsonFollowsTheSchema() throws IOException {
        String json = render("json");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Fixtures.repository().resolve("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(json);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        assertThat(doc.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(doc.path("generatedAt").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(doc.at("/inputs").size()).isEqualTo(2);
        assertThat(doc.at("/inputs/0/completeness/status").asText()).isEqualTo("complete");
        assertThat(doc.at("/inputs/0/capture/root").asText()).isEqualTo(ROOT);
        assertThat(doc.at("/findings/0/ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
        assertThat(doc.at("/findings/0/evidence/0/line").asInt()).isEqualTo(5);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("mga");
    }

    @Test
    void jsonFindingsCarryTheirSubjectAndFigures() throws IOException {
        JsonNode leak = new ObjectMapper().readTree(render("json")).at("/findings/0");
        assertThat(leak.at("/subject/node").asText()).isEqualTo("lon06-master-0.xip.io");
        assertThat(leak.at("/subject/cache").asText()).isEqualTo("kmalloc-32");
        // 19,861,376 + 9,969,728 objects of 32 bytes (slabinfo's objsize), ages in seconds at HZ=1000
        assertThat(leak.at("/figures/objects").asLong()).isEqualTo(29_831_104L);
        assertThat(leak.at("/figures/cacheObjects").asLong()).isEqualTo(29_958_144L);
        assertThat(leak.at("/figures/objectSizeBytes").asLong()).isEqualTo(32);
        assertThat(leak.at("/figures/bytes").asLong()).isEqualTo(29_831_104L * 32);
        assertThat(leak.at("/figures/share").asDouble()).isBetween(0.995, 0.996);
        assertThat(leak.at("/figures/ageMinSeconds").asDouble()).isEqualTo(406.87);
        assertThat(leak.at("/figures/ageMaxSeconds").asDouble()).isEqualTo(2594.607);
        assertThat(leak.path("summary").asText()).contains("29,831,104 objects (910.4 MiB at 32 bytes each, slabinfo)")
                .contains("object ages 6.8 min to 43.2 min (406,870 to 2,594,607 jiffies at HZ=1000)");
    }

    @Test
    void jsonSaysEachDiagnosticOnceAndEveryRulesCoverage() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(render("json"));
        doc.path("artifacts").forEach(a -> assertThat(a.has("diagnostics")).isFalse());
        long inNotes = 0;
        for (JsonNode d : doc.path("diagnostics")) {
            inNotes += d.path("input").asText().equals(notes.toString()) ? 1 : 0;
        }
        assertThat(inNotes).isEqualTo(report.diagnosticsOf(notes.toString()).size()).isPositive();
        JsonNode coverage = doc.path("coverage");
        assertThat(coverage.size()).isEqualTo(2 * report.coverageOf(notes.toString()).size());
        assertThat(coverage).anySatisfy(c -> {
            assertThat(c.path("ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
            assertThat(c.path("status").asText()).isEqualTo("fired");
            assertThat(c.path("evaluated").asBoolean()).isTrue();
            assertThat(c.at("/records/SlabCallSiteListing").asInt()).isEqualTo(1);
        });
        assertThat(coverage).anySatisfy(c -> {
            assertThat(c.path("ruleId").asText()).isEqualTo("etcd.fragmentation");
            assertThat(c.path("evaluated").asBoolean()).isFalse();
            assertThat(c.path("reason").asText()).isEqualTo("no etcd.* artifact in this input (it judges items of etcd.member-status)");
        });
    }

    @Test
    void tokensNeverReachAReport() throws IOException {
        for (String format : new String[] {"json", "md", "html"}) {
            String out = render(format);
            assertThat(out).as(format).doesNotContain("AbCdEf123").doesNotContain("eyJhbGciOiJSUzI1NiJ9");
        }
    }

    @Test
    void markdownHasTheSummaryOverviewSectionsEvidenceAndDiagnostics() throws IOException {
        String md = render("md");
        assertThat(md).contains("| Input | Read | Critical | Warning | Info | Rules evaluated | Parsed | Failed | Skipped | Unknown | Diagnostics |");
        assertThat(md).contains("generated 2026-12-01T08:00:00Z");
        assertThat(md).contains("## Input: `" + Fixtures.path("must-gather/list-lru-leak.tar.gz") + "`");
        assertThat(md).contains("[Kernel memory held by per-memcg list_lru arrays (memcg_update_all_list_lrus / __list_lru_init)](#f-1-1)");
        assertThat(md).contains("<a id=\"f-1-1\"></a>").contains("#### CRITICAL: Kernel memory held by per-memcg list_lru arrays");
        // the root once, evidence relative to it
        assertThat(md).contains("- **Capture root:** `" + ROOT + "`");
        assertThat(md.split(Pattern.quote(ROOT), -1)).hasSize(2);
        assertThat(md).contains("- `nodes/lon06-master-0.xip.io/sys/kernel/slab/kmalloc-32/alloc_calls:5`");
        assertThat(md).contains("  19861376 __list_lru_init+0x2b8/0x480 age=406870/2007921/2594449 pid=1-38406 cpus=0-7");
        assertThat(md).contains("**Remediation.**").contains("slub_debug=U");
        assertThat(md).contains("### What was checked").contains("| `kernel.slab.list-lru-leak` | fired (1 finding) |")
                .contains("| `etcd.alarm` | not evaluated | no etcd.* artifact in this input");
        assertThat(md).contains("### Diagnostics").contains("notes.txt:7` — not a call-site line");
        assertThat(md).contains("| `slab.calls` | 1 | 0 |");
        // each summary once
        String summary = report.findings().get(0).summary();
        assertThat(md.split(Pattern.quote(summary), -1)).hasSize(2);
    }

    @Test
    void htmlIsSelfContainedEscapedAndEveryAnchorResolves() throws IOException {
        String html = render("html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("<img");
        Matcher src = Pattern.compile("(?i)\\b(?:src|href)=\"([^\"]*)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
        while (id.find()) {
            assertThat(ids.add(id.group(1))).as("id " + id.group(1) + " is unique").isTrue();
        }
        int internal = 0;
        while (src.find()) {
            String target = src.group(1);
            if (target.startsWith("#")) {
                internal++;
                assertThat(ids).as("href " + target).contains(target.substring(1));
            } else {
                // the only other links are the rules' references, for the reader to follow; nothing is loaded
                assertThat(src.group(0)).startsWith("href=\"http");
            }
        }
        assertThat(internal).isGreaterThan(10);
        assertThat(html).contains("<nav class=\"toc\">").contains("<a href=\"#f-1-1\">")
                .contains("<details open><summary>Evidence (3)</summary>")
                .contains("nodes/<wbr>lon06-master-0.xip.io/<wbr>sys/<wbr>kernel/<wbr>slab/")
                .contains("@media print").contains("<code>sort -n /sys/kernel/slab/kmalloc-32/alloc_calls | tail</code>")
                .doesNotContain("`sort -n");
        assertThat(html).contains("__list_lru_init+0x2b8/0x480").contains("class=\"sev critical\"");
        assertThat(HtmlRenderer.esc("<b a=\"x\">&'")).isEqualTo("&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
        assertThat(HtmlRenderer.inline("read `a<b` then `c`")).isEqualTo("read <code>a&lt;b</code> then <code>c</code>");
    }

    @Test
    void theReportGivesEachInputsTypedModelWithoutReadingItAgain() {
        String input = report.inputs().get(0).name();
        assertThat(report.model(input).all(SlabCallSiteListing.class)).singleElement()
                .satisfies(l -> assertThat(l.host()).isEqualTo("lon06-master-0.xip.io"));
        assertThat(report.model(report.inputs().get(1)).all(SlabCallSiteListing.class).get(0).sites())
                .extracting(SlabCallSite::symbol).contains("__list_lru_init");
        assertThatThrownBy(() -> report.model("nope")).isInstanceOf(NoSuchElementException.class).hasMessageContaining("notes.txt");
    }
}
