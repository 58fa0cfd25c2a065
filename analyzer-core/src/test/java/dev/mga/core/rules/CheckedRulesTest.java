package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.mga.core.Analyzer;
import dev.mga.core.TestAnalyzers;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in CEL rules come checked from the build ({@link CheckedRules}): a run plans their
 * programs without compiling any expression, an entry that no longer matches its rule file or
 * its subject's records is not used, and the findings are the same either way.
 */
class CheckedRulesTest {

    private static final FactSubjects SUBJECTS = FactSubjects.discover();

    private static List<RuleDefinition> celRules() {
        List<RuleDefinition> out = RulePack.builtIn().definitions().stream().filter(d -> !d.isJava()).toList();
        assertThat(out).isNotEmpty();
        return out;
    }

    private static FactSubject subject(RuleDefinition d) {
        return SUBJECTS.get(d.subject()).orElseThrow();
    }

    private static RuleDefinition withCondition(RuleDefinition d, String condition) {
        return new RuleDefinition(d.id(), d.title(), d.severity(), d.family(), d.description(), d.remediation(),
                d.references(), d.params(), d.implementation(), d.subject(), condition, d.summary(), d.evidence(),
                d.escalate(), d.findingShape(), d.source());
    }

    /** Plans every expression of the rule as its CelRule does, through one environment's compiler. */
    private static void plan(CelEnvironment cel, RuleDefinition d, FactSubject subject) {
        RuleCompiler compiler = cel.compiler(d, subject, true);
        CheckedRules.expressions(d).forEach(compiler::program);
    }

    @Test
    void everyBuiltInCelRuleIsPlannedFromItsCheckedTreesWithoutCompiling() {
        CelEnvironment cel = new CelEnvironment();
        for (RuleDefinition d : celRules()) {
            Map<String, CelAbstractSyntaxTree> checked = CheckedRules.load(d, subject(d), cel.types(subject(d)));
            assertThat(checked).as(d.id() + ": an entry of the build matching the rule file").isNotNull();
            assertThat(checked.keySet()).as(d.id()).containsAll(CheckedRules.expressions(d).values());
            plan(cel, d, subject(d));
        }
        assertThat(cel.compiledFromText()).isZero();
    }

    @Test
    void anAnalysisFiringACelRuleCompilesNothing() {
        RulePack pack = RulePack.load(List.of());
        Report report = TestAnalyzers.withPack(pack).build()
                .analyze(Fixtures.path("memory/seed-meminfo-loop/capture"));
        assertThat(report.findings()).extracting(Finding::ruleId).contains("memory.available-low");
        assertThat(pack.compiledFromText()).isZero();

        RulePack compiled = RulePack.load(List.of(), false);
        TestAnalyzers.withPack(compiled).build().analyze(Fixtures.path("memory/seed-meminfo-loop/capture"));
        assertThat(compiled.compiledFromText()).as("the same run compiling from the rule files").isPositive();
    }

    @Test
    void aChangedExpressionIsCompiledFromItsText() {
        RuleDefinition d = celRules().get(0);
        RuleDefinition changed = withCondition(d, "(" + d.condition() + ") && true");
        FactTypes types = new CelEnvironment().types(subject(d));
        assertThat(CheckedRules.load(changed, subject(d), types)).isNull();

        CelEnvironment cel = new CelEnvironment();
        plan(cel, changed, subject(d));
        assertThat(cel.compiledFromText()).as("every expression: the digest covers them all").isEqualTo(CheckedRules.expressions(d).size());
    }

    @Test
    void anotherSubjectOrOtherRecordsInvalidateTheEntry() {
        CelEnvironment cel = new CelEnvironment();
        RuleDefinition d = celRules().get(0);
        FactSubject subject = subject(d);
        FactSubject other = SUBJECTS.all().stream().filter(s -> s.type() != subject.type()).findFirst().orElseThrow();
        String digest = CheckedRules.digest(d, subject, cel.types(subject));
        // records declared otherwise under the same subject: fields or types changed since the build
        assertThat(CheckedRules.digest(d, subject, cel.types(other))).isNotEqualTo(digest);
        assertThat(CheckedRules.load(d, subject, cel.types(other))).isNull();
        // the same records under another subject name
        FactSubject renamed = new FactSubject() {
            @Override
            public String name() {
                return other.name();
            }

            @Override
            public String description() {
                return subject.description();
            }

            @Override
            public Class<?> type() {
                return subject.type();
            }

            @Override
            public List<?> items(CaptureModel model) {
                return subject.items(model);
            }
        };
        assertThat(CheckedRules.digest(d, renamed, cel.types(subject))).isNotEqualTo(digest);
    }

    @Test
    void anEntryWithAnotherDigestIsNotRead() throws IOException {
        CelEnvironment cel = new CelEnvironment();
        RuleDefinition d = celRules().get(0);
        String digest = CheckedRules.digest(d, subject(d), cel.types(subject(d)));
        Map<String, CelAbstractSyntaxTree> checked = CheckedRules.load(d, subject(d), cel.types(subject(d)));
        byte[] entry = CheckedRules.write(digest, checked);
        assertThat(CheckedRules.read(entry, digest)).containsOnlyKeys(checked.keySet());
        assertThat(CheckedRules.read(entry, "0".repeat(64))).isNull();
    }

    @Test
    void findingsAreTheSameWithAndWithoutTheCheckedTrees() throws IOException {
        RulePack checked = RulePack.load(List.of());
        RulePack compiled = RulePack.load(List.of(), false);
        List<ExpectedCase> cases;
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            cases = s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().map(ExpectedCase::read).toList();
        }
        int celFindings = 0;
        for (ExpectedCase c : cases) {
            for (String input : c.inputs()) {
                Path path = c.folder().resolve(input).normalize();
                List<Finding> a = findings(checked, c, path);
                List<Finding> b = findings(compiled, c, path);
                assertThat(a).as(path.toString()).isEqualTo(b);
                celFindings += (int) a.stream().filter(f -> !checked.definition(f.ruleId()).isJava()).count();
            }
        }
        assertThat(celFindings).as("findings of CEL rules compared").isPositive();
        assertThat(checked.compiledFromText()).isZero();
        assertThat(compiled.compiledFromText()).isPositive();
    }

    private static List<Finding> findings(RulePack pack, ExpectedCase c, Path input) {
        Analyzer.Builder b = TestAnalyzers.withPack(pack);
        c.options().forEach(b::option);
        return new ArrayList<>(b.build().analyze(input).findings());
    }

    @Test
    void builtInRuleFilesComeAsTheBuildParsedThemAndAnEditedFileIsParsedAgain() throws IOException {
        RuleFileReader reader = new RuleFileReader();
        Map<String, byte[]> files = RulePack.builtInFiles();
        assertThat(files).hasSizeGreaterThan(celRules().size());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(reader.builtInTree(f.getValue())).as(f.getKey()).isNotNull()
                    .isEqualTo(yaml.readValue(f.getValue(), Object.class));
            byte[] edited = (new String(f.getValue(), StandardCharsets.UTF_8) + "\n# edited\n").getBytes(StandardCharsets.UTF_8);
            assertThat(reader.builtInTree(edited)).as(f.getKey() + " edited").isNull();
            assertThat(reader.readBuiltIn(f.getKey(), edited)).isEqualTo(reader.readBuiltIn(f.getKey(), f.getValue()));
        }
    }

    @Test
    void theDigestNamesEveryExpressionOfTheRule() {
        for (RuleDefinition d : celRules()) {
            Map<String, String> e = new LinkedHashMap<>(CheckedRules.expressions(d));
            assertThat(e).containsEntry("condition", d.condition());
            assertThat(e.size()).as(d.id()).isGreaterThanOrEqualTo(1 + Template.expressions(d.summary()).size()
                    + d.escalate().size() + d.findingShape().subject().size() + d.findingShape().figures().size());
        }
    }
}
