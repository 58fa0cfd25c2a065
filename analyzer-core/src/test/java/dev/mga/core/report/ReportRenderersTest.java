package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {

    static Report report;

    @BeforeAll
    static void analyse(@TempDir Path tmp) throws IOException {
        // two inputs: the bundled example and a loose file holding tokens and a broken line
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "$ oc login --token=sha256~AbCdEf123_-xyz --server=https://api.example:6443\n"
                + Fixtures.read("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls")
                + "  12 broken+0x1 age=1 pid=1 Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.abc.def\n");
        report = Analyzer.builder().build().analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"), notes);
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
        assertThat(doc.at("/inputs").size()).isEqualTo(2);
        assertThat(doc.at("/findings/0/ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
        assertThat(doc.at("/findings/0/evidence/0/line").asInt()).isEqualTo(5);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("mga");
    }

    @Test
    void tokensNeverReachAReport() throws IOException {
        for (String format : new String[] {"json", "md", "html"}) {
            String out = render(format);
            assertThat(out).as(format).doesNotContain("AbCdEf123").doesNotContain("eyJhbGciOiJSUzI1NiJ9");
        }
    }

    @Test
    void markdownHasTheSummaryTableSectionsEvidenceAndDiagnostics() throws IOException {
        String md = render("md");
        assertThat(md).contains("| Input | Critical | Warning | Info | Parsed | Failed | Skipped | Unknown | Diagnostics |");
        assertThat(md).contains("| fixtures".substring(0, 2));
        assertThat(md).contains("## Input: `" + Fixtures.path("must-gather/list-lru-leak.tar.gz") + "`");
        assertThat(md).contains("#### CRITICAL: Kernel memory held by per-memcg list_lru arrays");
        assertThat(md).contains("nodes/lon06-master-0.xip.io/sys/kernel/slab/kmalloc-32/alloc_calls:5`");
        assertThat(md).contains("  19861376 __list_lru_init+0x2b8/0x480 age=406870/2007921/2594449 pid=1-38406 cpus=0-7");
        assertThat(md).contains("**Remediation.**").contains("slub_debug=U");
        assertThat(md).contains("### Diagnostics").contains("notes.txt:7` — not a call-site line");
        assertThat(md).contains("| `slab.calls` | 1 | 0 |");
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws IOException {
        String html = render("html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("<img");
        Matcher src = Pattern.compile("(?i)\\b(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (src.find()) {
            // the only links are the rules' references, for the reader to follow; nothing is loaded
            assertThat(src.group(0)).startsWith("href=\"http");
        }
        assertThat(html).contains("__list_lru_init+0x2b8/0x480").contains("class=\"sev critical\"");
        assertThat(HtmlRenderer.esc("<b a=\"x\">&'")).isEqualTo("&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }
}
