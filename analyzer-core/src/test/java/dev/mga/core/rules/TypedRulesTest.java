package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.TestAnalyzers;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.spi.RulePackException;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's rule file is checked completely when it loads: CEL expressions against the types of
 * the subject's records and of the declared parameters, Java rules' classes and the parameters
 * they read. Each mistake names the file, the part of the rule and what exists.
 */
class TypedRulesTest {

    @TempDir
    Path dir;

    private RulePack load(String yaml) throws IOException {
        Files.writeString(dir.resolve("rule.yaml"), yaml);
        return RulePack.load(List.of(dir));
    }

    private static String cel(String condition) {
        return RulePackTest.VALID.replace("it.totalObjects > params.min", condition);
    }

    /** A Java rule file backed by a built-in class, with the parameters that class reads. */
    static final String JAVA = """
            id: test.slab.lru
            title: list_lru again
            severity: info
            family: slab
            description: The built-in list_lru class under another id.
            remediation: Nothing.
            references: [https://www.kernel.org/doc/html/latest/mm/slub.html]
            implementation: dev.mga.core.slab.ListLruLeakRule
            params:
              symbols: {type: list<string>, value: [__list_lru_init], reason: test}
              minObjects: {type: integer, value: 10, reason: test}
              minShare: {type: percent, value: 10%, reason: test}
              hz: {type: integer, value: 1000, reason: test}
            """;

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThatExist() {
        assertThatThrownBy(() -> load(cel("it.nosuchfield > 1")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule.yaml: condition: ERROR: <input>:1:3: undefined field 'nosuchfield'")
                .hasMessageContaining("'nosuchfield' does not exist: slab.SlabCallSiteListing has: cache, callers, cutAtOnePage,")
                .hasMessageContaining("totalObjects");
    }

    @Test
    void fieldsOfNestedRecordsAreCheckedInsideMacros() {
        assertThatThrownBy(() -> load(cel("it.sites.exists(s, s.frames.exists(f, f.symbl == 'x'))")))
                .hasMessageContaining("undefined field 'symbl'")
                .hasMessageContaining("slab.CodeLocation has: ")
                .hasMessageContaining("symbol");
        assertThatThrownBy(() -> load(cel("it.topCaller.shar > 0.5")))
                .hasMessageContaining("'shar' does not exist: slab.CallerTotal has: ");
    }

    @Test
    void aValueUsedAsTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> load(cel("it.cache > 3")))
                .hasMessageContaining("rule.yaml: condition: ")
                .hasMessageContaining("found no matching overload for '_>_' applied to '(string, int)'");
        assertThatThrownBy(() -> load(cel("it.totalObjects > params.min && it.noData == 'yes'")))
                .hasMessageContaining("'_==_' applied to '(bool, string)'");
    }

    @Test
    void anUnknownParameterIsRefusedWithTheDeclaredOnes() {
        assertThatThrownBy(() -> load(cel("it.totalObjects > params.mni")))
                .hasMessageContaining("undefined field 'mni'")
                .hasMessageContaining("'mni' does not exist: the rule's parameters are: min");
    }

    @Test
    void parametersHaveTheirDeclaredTypeInCel() {
        // min is an integer: comparing it with a string does not type-check
        assertThatThrownBy(() -> load(cel("it.cache == params.min")))
                .hasMessageContaining("'_==_' applied to '(string, int)'");
    }

    @Test
    void aMisspeltFunctionIsRefusedInSummariesToo() {
        assertThatThrownBy(() -> load(RulePackTest.VALID.replace("${grouped(it.totalObjects)}", "${groupd(it.totalObjects)}")))
                .hasMessageContaining("rule.yaml: summary: ")
                .hasMessageContaining("undeclared reference to 'groupd'")
                .hasMessageContaining("mga's functions: percent, bytes, grouped");
        assertThatThrownBy(() -> load(RulePackTest.VALID.replace("critical: it.totalObjects > 1000000", "critical: it.totalObject > 1")))
                .hasMessageContaining("rule.yaml: escalate.critical: ");
    }

    @Test
    void everyBuiltInRuleTypeChecksAndBinds() {
        RulePack pack = RulePack.builtInCompiled();
        assertThat(pack.rules()).hasSameSizeAs(pack.definitions());
        assertThat(pack.definitions()).filteredOn(RuleDefinition::isJava).isNotEmpty()
                .allSatisfy(d -> assertThat(d.implementation()).startsWith("dev.mga.core."));
    }

    @Test
    void aJavaRuleIsTheClassItsFileNames() throws IOException {
        RulePack pack = load(JAVA);
        Report r = TestAnalyzers.withPack(pack).build().analyze(Fixtures.path("slab/seed-sort-tail/capture"));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("test.slab.lru", "kernel.slab.list-lru-leak");
    }

    @Test
    void aMissingOrWrongClassIsRefused() {
        assertThatThrownBy(() -> load(JAVA.replace("dev.mga.core.slab.ListLruLeakRule", "dev.mga.core.slab.NoSuchRule")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule.yaml: implementation dev.mga.core.slab.NoSuchRule is not a class on the class path");
        assertThatThrownBy(() -> load(JAVA.replace("dev.mga.core.slab.ListLruLeakRule", "java.lang.String")))
                .hasMessageContaining("java.lang.String is not a public, concrete class implementing dev.mga.core.spi.Rule");
        assertThatThrownBy(() -> load(JAVA + "condition: it.totalObjects > 1\n"))
                .hasMessageContaining("rule.yaml: 'condition' belongs to CEL rules; a Java rule (implementation: dev.mga.core.slab.ListLruLeakRule)");
    }

    @Test
    void aJavaRulesParametersMustMatchItsFile() {
        assertThatThrownBy(() -> load(JAVA.replace("minShare: {type: percent, value: 10%", "minShare: {type: number, value: 0.1")))
                .hasMessageContaining("rule.yaml: parameter 'minShare' is declared as number but ListLruLeakRule reads it as percent");
        assertThatThrownBy(() -> load(JAVA.replace("  minShare: {type: percent, value: 10%, reason: test}\n", "")))
                .hasMessageContaining("ListLruLeakRule reads parameter 'minShare' (percent) but the file does not declare it");
        assertThatThrownBy(() -> load(JAVA + "  extra: {type: integer, value: 1, reason: test}\n"))
                .hasMessageContaining("parameter 'extra' is not read by ListLruLeakRule (it reads: hz, minObjects, minShare, symbols)");
    }

    @Test
    void parameterValuesAreCheckedAgainstTheirType() {
        assertThatThrownBy(() -> load(JAVA.replace("value: 10%", "value: 150%")))
                .hasMessageContaining("rule.yaml: parameter 'minShare' (percent): '150%' is outside 0 to 1");
        assertThatThrownBy(() -> load(JAVA.replace("value: 10, reason", "value: ten, reason")))
                .hasMessageContaining("parameter 'minObjects' (integer): 'ten' is not a whole number");
        assertThatThrownBy(() -> load(JAVA.replace("type: integer", "type: int")))
                .hasMessageContaining("parameter 'minObjects': 'int' is not a parameter type (types: integer, number, percent,");
        assertThatThrownBy(() -> load(JAVA.replace("value: [__list_lru_init]", "value: __list_lru_init")))
                .hasMessageContaining("parameter 'symbols' (list<string>): '__list_lru_init' is not a list of text");
    }

    @Test
    void aParameterSetFromTextIsCheckedAndUsed() throws IOException {
        RulePack pack = load(RulePackTest.VALID);
        RuleDefinition d = pack.definition("test.slab.big-listing");
        assertThat(d.withParam("min", "2000").params().get("min").value()).isEqualTo(2000L);
        assertThatThrownBy(() -> d.withParam("min", "lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.slab.big-listing.min takes a whole number (now 1000), not 'lots'");
        assertThatThrownBy(() -> d.withParam("max", "1"))
                .hasMessage("rule test.slab.big-listing has no parameter 'max' (its parameters: min)");
        // a threshold above the listing's 29,883,001 objects: the rule no longer fires
        RulePack raised = pack.configured(new RuleSettings(Set.of(), Set.of(), Map.of("test.slab.big-listing", Map.of("min", "30000000"))));
        assertThat(raised.definition("test.slab.big-listing").params().get("min").reason())
                .isEqualTo("test (set on the command line; the rule file says 1000)");
        Report r = TestAnalyzers.withPack(raised).build().analyze(Fixtures.path("slab/seed-sort-tail/capture"));
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("test.slab.big-listing");
        Report before = TestAnalyzers.withPack(pack).build().analyze(Fixtures.path("slab/seed-sort-tail/capture"));
        assertThat(before.findings()).extracting(Finding::ruleId).contains("test.slab.big-listing");
    }
}
