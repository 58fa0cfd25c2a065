package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rule files; it must not go stale. */
class RuleDocsTest {

    @Test
    void committedRuleDocsMatchTheRulePack() throws IOException {
        Path docs = Fixtures.repository().resolve("docs/rules.md");
        String expected = RuleDocs.markdown(RulePack.builtIn().definitions());
        assertThat(Files.exists(docs)).as("docs/rules.md exists; write it with: ./mga rules --format md -o docs/rules.md").isTrue();
        assertThat(Files.readString(docs))
                .as("docs/rules.md is stale; regenerate it with: ./mga rules --format md -o docs/rules.md")
                .isEqualTo(expected);
    }
}
