package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.model.Severity;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RulePackException;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackTest {

    @TempDir
    Path dir;

    private RulePack load(String yaml) throws IOException {
        Files.writeString(dir.resolve("rule.yaml"), yaml);
        return RulePack.load(List.of(dir));
    }

    static final String VALID = """
            id: test.slab.big-listing
            title: A big listing
            severity: info
            family: slab
            description: Any listing with more than a threshold of objects.
            remediation: Nothing.
            references: [https://www.kernel.org/doc/html/latest/mm/slub.html]
            subject: slab.listing
            params:
              min: {type: integer, value: 1000, reason: test}
            condition: it.totalObjects > params.min
            escalate:
              critical: it.totalObjects > 1000000
            summary: "${it.cache} holds ${grouped(it.totalObjects)} objects (${bytes(it.totalObjects)})"
            """;

    @Test
    void builtInPackIsValidAndSorted() {
        RulePack pack = RulePack.builtInCompiled(); // every CEL expression of the pack compiles
        assertThat(pack.definitions()).extracting(RuleDefinition::id).isSorted()
                .contains("kernel.slab.list-lru-leak", "kernel.slab.dominant-callsite");
        assertThat(pack.rules()).hasSameSizeAs(pack.definitions());
        for (RuleDefinition d : pack.definitions()) {
            assertThat(d.params().values()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        }
    }

    @Test
    void userRulesRunWithEscalationAndTemplates() throws IOException {
        Files.writeString(dir.resolve("rule.yaml"), VALID);
        Report r = Analyzer.builder().addRuleDirectory(dir).build().analyze(Fixtures.path("slab/seed-sort-tail/capture"));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("test.slab.big-listing")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.summary()).isEqualTo("kmalloc-32 holds 29,883,001 objects (28.5 MiB)");
        assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.where()).endsWith("kmalloc-32/alloc_calls"));
    }

    @Test
    void mistakesNameTheFileAndTheKey() {
        assertThatThrownBy(() -> load(VALID.replace("severity: info", "severity: urgent")))
                .isInstanceOf(RulePackException.class).hasMessageContaining("rule.yaml").hasMessageContaining("severity must be one of");
        assertThatThrownBy(() -> load(VALID.replace("id: test.slab.big-listing", "id: Big Listing")))
                .hasMessageContaining("dotted lower-case");
        assertThatThrownBy(() -> load(VALID.replace("{type: integer, value: 1000, reason: test}", "{type: integer, value: 1000}")))
                .hasMessageContaining("parameter 'min' needs a 'type', a 'value' and a 'reason'");
        assertThatThrownBy(() -> load(VALID.replace("it.totalObjects > params.min", "it.totalObjects >")))
                .hasMessageContaining("rule.yaml: condition: ERROR: <input>:1:18: mismatched input '<EOF>'");
        assertThatThrownBy(() -> load(VALID.replace("subject: slab.listing", "subject: nothing.here")))
                .hasMessageContaining("unknown subject 'nothing.here'");
        assertThatThrownBy(() -> load(VALID.replace("references: [https://www.kernel.org/doc/html/latest/mm/slub.html]", "references: [kernel docs]")))
                .hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> load(VALID + "colour: red\n")).hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> load(VALID.replace("id: test.slab.big-listing", "id: kernel.slab.list-lru-leak")))
                .hasMessageContaining("is already defined");
        assertThatThrownBy(() -> load(VALID.replace("subject: slab.listing", "implementation: java")))
                .hasMessageContaining("rule.yaml: implementation must name the rule's Java class");
    }

    @Test
    void aRuleFailingAtRunTimeCostsOnlyItself() throws IOException {
        // type-checks (a list index), fails on the data: the rule is dropped for this input, with a diagnostic
        Files.writeString(dir.resolve("rule.yaml"), VALID.replace("it.totalObjects > params.min", "it.sites[1000000].count > 1"));
        Report r = Analyzer.builder().addRuleDirectory(dir).build().analyze(Fixtures.path("slab/seed-sort-tail/capture"));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("kernel.slab.list-lru-leak");
        assertThat(r.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("rule test.slab.big-listing could not be evaluated: CEL evaluation failed on ")
                        .contains("alloc_calls"));
    }
}
