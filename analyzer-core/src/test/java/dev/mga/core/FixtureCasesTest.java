package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture case ({@code fixtures/<family>/<case>/expected.yaml}): each input of the case
 * is analysed and must give exactly the expected findings, with their evidence lines.
 */
class FixtureCasesTest {

    static List<Path> caseFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            return s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> files = caseFiles();
        assertThat(files).isNotEmpty();
        return files.stream().flatMap(file -> {
            ExpectedCase c = ExpectedCase.read(file);
            if (c.knownGap()) {
                // a known gap is one case, however many inputs: it must still fail somewhere
                return Stream.of(DynamicTest.dynamicTest(Fixtures.root().relativize(c.folder()) + " (known gap)",
                        () -> assertThat(readsAsExpected(c)).as("case " + c.folder() + " is read as expected now: remove its gap")
                                .isFalse()));
            }
            Stream<DynamicTest> each = c.inputs().stream().map(input -> DynamicTest.dynamicTest(
                    Fixtures.root().relativize(c.folder()) + " ← " + input, () -> check(c, c.folder().resolve(input).normalize())));
            if (c.inputs().size() < 2 || c.parsed().isEmpty()) {
                return each;
            }
            return Stream.concat(each, Stream.of(DynamicTest.dynamicTest(Fixtures.root().relativize(c.folder())
                    + " (every parsed type, over its inputs)", () -> checkParsedOverInputs(c))));
        });
    }

    /** Whether every input of the case gives what its expected.yaml says. */
    static boolean readsAsExpected(ExpectedCase c) {
        try {
            for (String input : c.inputs()) {
                check(c, c.folder().resolve(input).normalize());
            }
            if (c.inputs().size() > 1 && !c.parsed().isEmpty()) {
                checkParsedOverInputs(c);
            }
        } catch (AssertionError e) {
            return false;
        }
        return true;
    }

    private static Map<String, Long> parsed(Report report) {
        return report.artifacts().stream().filter(a -> a.status() == ArtifactStatus.PARSED)
                .collect(Collectors.groupingBy(Artifact::type, TreeMap::new, Collectors.counting()));
    }

    /**
     * A case of several inputs: each input checks the types it parsed against {@code parsed:} (see
     * {@link #check}); here, every type {@code parsed:} names must come from at least one input (a
     * case may hold a smaps_rollup paste and a meminfo paste of one host, or one input twice, as a
     * directory and as its archive).
     */
    static void checkParsedOverInputs(ExpectedCase c) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String input : c.inputs()) {
            Analyzer.Builder b = Analyzer.builder();
            c.options().forEach(b::option);
            seen.addAll(parsed(b.build().analyze(c.folder().resolve(input).normalize())).keySet());
        }
        assertThat(seen).as("case " + c.folder() + ": types parsed over its inputs").isEqualTo(c.parsed().keySet());
    }

    static void check(ExpectedCase c, Path input) {
        Analyzer.Builder b = Analyzer.builder();
        c.options().forEach(b::option);
        Report report = b.build().analyze(input);
        String context = "case " + c.folder() + " input " + input + "\nfindings: " + report.findings().stream()
                .map(f -> f.ruleId() + " " + f.severity().id() + ": " + f.summary()).collect(Collectors.joining("\n  "))
                + "\ndiagnostics: " + report.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "));

        Map<String, Long> fired = report.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> wanted = new TreeMap<>();
        c.findings().forEach(f -> wanted.merge(f.rule(), (long) f.count(), Long::sum));
        assertThat(fired).as(context).isEqualTo(wanted);

        for (ExpectedCase.ExpectedFinding e : c.findings()) {
            List<Finding> mine = report.findings().stream().filter(f -> f.ruleId().equals(e.rule())).toList();
            if (e.severity() != null) {
                assertThat(mine).as(context).anySatisfy(f -> assertThat(f.severity().id()).isEqualTo(e.severity()));
            }
            for (String ev : e.evidence()) {
                assertThat(mine.stream().flatMap(f -> f.evidence().stream()).map(Evidence::where))
                        .as(context + "\nevidence " + ev).anyMatch(w -> w.endsWith(ev));
            }
            for (String s : e.summary()) {
                assertThat(mine).as(context + "\nsummary containing " + s).anyMatch(f -> f.summary().contains(s));
            }
        }
        if (!c.parsed().isEmpty()) {
            Map<String, Long> parsed = parsed(report);
            Map<String, Long> want = new TreeMap<>();
            c.parsed().forEach((k, v) -> want.put(k, v.longValue()));
            if (c.inputs().size() > 1) {
                // one input of several: what it parsed is in parsed:, with that count (checkParsedOverInputs checks the rest)
                assertThat(parsed).as(context).isNotEmpty();
                parsed.forEach((type, n) -> assertThat(want).as(context).containsEntry(type, n));
            } else {
                assertThat(parsed).as(context).isEqualTo(want);
            }
        }
        if (c.diagnostics() != null) {
            assertThat(report.diagnostics()).as(context).hasSize(c.diagnostics());
        }
        if (!c.values().isEmpty()) {
            checkValues(c, input, context);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEAD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");
    private static final Pattern STEP = Pattern.compile("\\.?([^.\\[]+)|\\[(\\d+)]");

    /** Each {@code values} path, read in the model as {@code mga parse} prints it, has the expected value. */
    static void checkValues(ExpectedCase c, Path input, String context) {
        Analyzer.Builder b = Analyzer.builder();
        c.options().forEach(b::option);
        List<Object> records = b.build().parse(input, null).records();
        c.values().forEach((path, want) -> {
            int dot = path.indexOf('.');
            Matcher head = HEAD.matcher(dot < 0 ? path : path.substring(0, dot));
            assertThat(head.matches()).as(context + "\nvalue path " + path + " starts with Type or Type[i]").isTrue();
            int index = head.group(2) == null ? 0 : Integer.parseInt(head.group(2));
            List<Object> ofType = records.stream().filter(r -> r.getClass().getSimpleName().equals(head.group(1))).toList();
            assertThat(ofType).as(context + "\nrecords of type " + head.group(1) + " for " + path).hasSizeGreaterThan(index);
            JsonNode record = JSON.valueToTree(ofType.get(index));
            JsonNode node = record;
            Matcher step = STEP.matcher(dot < 0 ? "" : path.substring(dot));
            while (step.find()) {
                node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
            }
            assertThat(node.isMissingNode()).as(context + "\nno value at " + path + " in " + record).isFalse();
            if (want instanceof Number n) {
                assertThat(node.isNumber() ? node.decimalValue() : null).as(context + "\nvalue at " + path)
                        .isNotNull().isEqualByComparingTo(new BigDecimal(n.toString()));
            } else {
                assertThat(node.asText()).as(context + "\nvalue at " + path).isEqualTo(String.valueOf(want));
            }
        });
    }
}
