package dev.mga.cli;

import static dev.mga.cli.CliTest.example;
import static dev.mga.cli.CliTest.fixtures;
import static dev.mga.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mga.cli.CliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubectl-like conventions of the command line, each a case a user met. */
class CliConventionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFormatFollowsTheOutputExtension(@TempDir Path tmp) throws IOException {
        for (String name : new String[] {"r.md", "r.html", "r.json", "R.HTM", "r.markdown"}) {
            Path out = tmp.resolve(name);
            Run r = run("analyze", example(), "-o", out.toString());
            assertThat(r.code()).as(name).isZero();
            String text = Files.readString(out);
            if (name.toLowerCase().contains(".htm")) {
                assertThat(text).as(name).startsWith("<!DOCTYPE html>");
            } else if (name.endsWith(".json")) {
                assertThat(JSON.readTree(text).path("schemaVersion").asInt()).isEqualTo(2);
            } else {
                assertThat(text).as(name).startsWith("# mga report");
            }
        }
    }

    @Test
    void aBareFormatWordOrAnUnknownExtensionIsAUsageErrorPointingToDashF(@TempDir Path tmp) throws IOException {
        Path here = tmp.resolve("json");
        Run bare = run("analyze", example(), "-o", "json");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("-o takes a file name, not a format").contains("-f json").doesNotContain("complete;");
        assertThat(Path.of("json")).doesNotExist();
        Run txt = run("analyze", example(), "-o", tmp.resolve("report.txt").toString());
        assertThat(txt.code()).isEqualTo(2);
        assertThat(txt.err()).contains("cannot tell the report format").contains("-f md|html|json");
        assertThat(tmp.resolve("report.txt")).doesNotExist();
        // with -f the name is the user's business
        assertThat(run("analyze", example(), "-f", "json", "-o", tmp.resolve("report.txt").toString()).code()).isZero();
        assertThat(JSON.readTree(Files.readString(tmp.resolve("report.txt"))).has("findings")).isTrue();
        Run clash = run("analyze", example(), "-f", "json", "-o", tmp.resolve("r.html").toString());
        assertThat(clash.code()).isEqualTo(2);
        assertThat(clash.err()).contains("-f json but -o").contains("says html");
        assertThat(here).doesNotExist();
    }

    @Test
    void theOutputPathIsCheckedBeforeTheAnalysisAndNeverCreated(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-folder/report.json");
        Run r = run("analyze", example(), "-o", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mga: -o " + missing + ": the folder").contains("does not exist")
                .doesNotContain("internal error").doesNotContain("Exception")
                // the analysis did not run: no status line
                .doesNotContain(example() + ": complete");
        assertThat(missing.getParent()).doesNotExist();
        Run folder = run("analyze", example(), "-o", tmp.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");
        Run parse = run("parse", example(), "-o", missing.toString());
        assertThat(parse.code()).isEqualTo(2);
        assertThat(parse.err()).contains("does not exist");
    }

    @Test
    void unknownParserOptionKeysAreRefusedWithTheKnownKeys() {
        Run r = run("analyze", example(), "--option", "slab.cahce=kmalloc-32");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option 'slab.cahce'")
                .contains("etcd.quota-backend-bytes, klog.year, kube.node, slab.cache");
        Run value = run("analyze", example(), "--option", "klog.year=last");
        assertThat(value.code()).isEqualTo(2);
        assertThat(value.err()).contains("klog.year takes a value like 2024");
        assertThat(run("analyze", example(), "--option", "klog.year=2024").code()).isZero();
        assertThat(run("detect", example(), "--option", "nope=1").code()).isEqualTo(2);
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        byte[] listing = Files.readAllBytes(fixtures().resolve("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(listing));
            Run r = run("analyze", "-", "--option", "slab.cache=kmalloc-32", "-f", "json", "--fail-on", "critical");
            assertThat(r.code()).isEqualTo(1);
            JsonNode doc = JSON.readTree(r.out());
            assertThat(doc.at("/inputs/0/name").asText()).isEqualTo("-");
            assertThat(doc.at("/findings/0/ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
            assertThat(r.err()).startsWith("mga: -: complete");
            System.setIn(new ByteArrayInputStream(listing));
            assertThat(run("analyze", "-", "-").code()).isEqualTo(2);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void rulesCanBeDisabledSelectedAndRetuned() throws IOException {
        assertThat(run("analyze", example(), "--fail-on", "critical").code()).isEqualTo(1);
        Run disabled = run("analyze", example(), "--fail-on", "critical", "--disable", "kernel.slab.list-lru-leak", "-f", "json");
        assertThat(disabled.code()).isZero();
        JsonNode coverage = JSON.readTree(disabled.out()).path("coverage");
        assertThat(coverage).anySatisfy(c -> {
            assertThat(c.path("ruleId").asText()).isEqualTo("kernel.slab.list-lru-leak");
            assertThat(c.path("status").asText()).isEqualTo("disabled");
            assertThat(c.path("evaluated").asBoolean()).isFalse();
        });
        assertThat(run("analyze", example(), "--fail-on", "critical", "--only", "etcd").code()).isZero();
        assertThat(run("analyze", example(), "--fail-on", "critical", "--only", "slab").code()).isEqualTo(1);
        assertThat(run("analyze", example(), "--fail-on", "critical", "--set",
                "kernel.slab.list-lru-leak.minObjects=100000000").code()).isZero();

        Run unknownRule = run("analyze", example(), "--disable", "kernel.slab.list-lru");
        assertThat(unknownRule.code()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("unknown rule 'kernel.slab.list-lru'").contains("kernel.slab.list-lru-leak");
        Run unknownFamily = run("analyze", example(), "--only", "ectd");
        assertThat(unknownFamily.code()).isEqualTo(2);
        assertThat(unknownFamily.err()).contains("neither a rule nor a rule family").contains("descheduler, etcd, ");
        Run unknownParam = run("analyze", example(), "--set", "kernel.slab.list-lru-leak.minObject=5");
        assertThat(unknownParam.code()).isEqualTo(2);
        assertThat(unknownParam.err()).contains("has no parameter 'minObject'").contains("minObjects, minShare");
        Run wrongType = run("analyze", example(), "--set", "kernel.slab.list-lru-leak.minObjects=lots");
        assertThat(wrongType.code()).isEqualTo(2);
        assertThat(wrongType.err()).contains("kernel.slab.list-lru-leak.minObjects takes a whole number");
        Run share = run("analyze", example(), "--set", "kernel.slab.list-lru-leak.minShare=half");
        assertThat(share.err()).contains("kernel.slab.list-lru-leak.minShare takes a share between 0 and 1, or a percentage such as 80% (now 50%), not 'half'");
        Run noParam = run("analyze", example(), "--set", "minObjects=5");
        assertThat(noParam.code()).isEqualTo(2);
        assertThat(noParam.err()).contains("--set takes RULE.PARAM=VALUE");
    }

    @Test
    void rulesRulePrintsThatRulesDocumentation() {
        Run r = run("rules", "kernel.slab.list-lru-leak");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# kernel.slab.list-lru-leak").contains("Remediation").contains("minObjects")
                .contains("https://lkml.iu.edu/").doesNotContain("etcd.alarm");
        Run unknown = run("rules", "list-lru-leak");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule 'list-lru-leak'").contains("did you mean kernel.slab.list-lru-leak");
    }

    @Test
    void rulesAndTypesSpeakJson() throws IOException {
        JsonNode rules = JSON.readTree(run("rules", "-f", "json").out());
        assertThat(rules.isArray()).isTrue();
        assertThat(rules.size()).isGreaterThanOrEqualTo(28);
        assertThat(rules.findValuesAsText("id")).contains("kernel.slab.list-lru-leak", "etcd.alarm");
        JsonNode one = JSON.readTree(run("rules", "kernel.slab.list-lru-leak", "-f", "json").out());
        assertThat(one.at("/params/minObjects/value").asLong()).isEqualTo(1_000_000);
        assertThat(one.at("/params/minShare/type").asText()).isEqualTo("percent");
        assertThat(one.at("/params/minShare/text").asText()).isEqualTo("50%");
        JsonNode cel = JSON.readTree(run("rules", "kernel.slab.dominant-callsite", "-f", "json").out());
        assertThat(cel.at("/fields/0/name").asText()).isEqualTo("slab.SlabCallSiteListing");
        assertThat(cel.at("/fields/0/fields/0/name").asText()).isEqualTo("cache");
        assertThat(cel.at("/fields/0/fields/0/type").asText()).isEqualTo("string");
        JsonNode window = JSON.readTree(run("rules", "etcd.leader-changes", "-f", "json").out());
        assertThat(window.at("/params/window/value").asText()).isEqualTo("15m");
        JsonNode types = JSON.readTree(run("types", "-f", "json").out());
        assertThat(types.path("types").findValuesAsText("id")).contains("slab.calls", "capture.cluster-version", "capture.sos-date");
        assertThat(types.path("options").findValuesAsText("key")).containsExactly("etcd.memory-limit", "etcd.quota-backend-bytes", "klog.year",
                "kube.node", "slab.cache");
        assertThat(run("types", "-f", "yaml").code()).isEqualTo(2);
    }

    @Test
    void shellCompletionIsGenerated() {
        Run r = run("completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F").contains("analyze").contains("--fail-on");
        assertThat(run("--help").out()).contains("completion").contains("source <(mga completion)");
    }

    @Test
    void helpListsOnlyTheOptionsACommandUses() {
        String types = run("types", "--help").out();
        assertThat(types).doesNotContain("--max-total-bytes").doesNotContain("--option=").doesNotContain("--rules");
        String rules = run("rules", "--help").out();
        assertThat(rules).contains("--rules").doesNotContain("--max-").doesNotContain("--option=");
        String detect = run("detect", "--help").out();
        assertThat(detect).contains("--option").doesNotContain("--rules").doesNotContain("--fail-on");
        String analyze = run("analyze", "--help").out();
        assertThat(analyze).contains("--fail-on").contains("--disable").contains("--only").contains("--set")
                .contains("--redact").contains("Exit codes").contains("3   an input had nothing mga recognises");
    }

    @Test
    void hostsAndAddressesCanBeRedactedWithConsistentPseudonyms() throws IOException {
        Run r = run("analyze", example(), "--redact", "hosts,ips", "-f", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("lon06-master-0.xip.io").doesNotContain("lon06-master-1");
        JsonNode doc = JSON.readTree(r.out());
        JsonNode f = doc.at("/findings/0");
        String host = f.at("/subject/node").asText();
        assertThat(host).matches("host-\\d+");
        assertThat(f.path("summary").asText()).contains("kmalloc-32 on " + host + ":");
        assertThat(f.at("/evidence/0/path").asText()).contains("/nodes/" + host + "/sys/kernel/slab/");
        Run bad = run("analyze", example(), "--redact", "names");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--redact takes hosts, ips");
    }
}
