package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the pack has a fixture case where it fires on its culprit, and a case with
 * artifacts of its family where it stays silent (expected.yaml lists all findings of a case).
 */
class RuleCoverageTest {

    @Test
    void everyRuleFiresSomewhereAndStaysSilentSomewhere() throws IOException {
        List<ExpectedCase> cases;
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            cases = s.filter(p -> p.getFileName().toString().equals("expected.yaml")).map(ExpectedCase::read).toList();
        }
        for (RuleDefinition rule : RulePack.builtIn().definitions()) {
            assertThat(cases).as("a fixture case where " + rule.id() + " fires")
                    .anyMatch(c -> c.findings().stream().anyMatch(f -> f.rule().equals(rule.id())));
            assertThat(cases).as("a fixture case with " + rule.family() + " artifacts where " + rule.id() + " stays silent")
                    .anyMatch(c -> c.parsed().keySet().stream().anyMatch(t -> t.startsWith(rule.family() + "."))
                            && c.findings().stream().noneMatch(f -> f.rule().equals(rule.id())));
        }
    }
}
