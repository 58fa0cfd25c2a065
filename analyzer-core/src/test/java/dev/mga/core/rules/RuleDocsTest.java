package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.spi.FactSubject;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aCelRulesSubjectFieldsComeWithTheirTypeAndMeaning() {
        RulePack pack = RulePack.builtIn();
        List<RuleDocs.TypeDoc> types = RuleDocs.subjectTypes(pack.definition("kernel.slab.dominant-callsite"));
        assertThat(types.get(0).name()).isEqualTo("slab.SlabCallSiteListing");
        assertThat(types.get(0).meaning()).startsWith("One captured call-site listing of one slab cache");
        assertThat(types.get(0).fields()).contains(
                new RuleDocs.FieldDoc("cache", "string", "the cache, from the path (kmalloc-32), an option, or unknown"),
                new RuleDocs.FieldDoc("totalObjects", "int", "sum of the sites' counts"),
                new RuleDocs.FieldDoc("sites", "list(slab.SlabCallSite)", "the call sites, in the order captured"),
                new RuleDocs.FieldDoc("topCaller", "slab.CallerTotal", "The caller with the most objects, or null for an empty listing."));
        assertThat(types).extracting(RuleDocs.TypeDoc::name).contains("slab.SlabCallSite", "slab.CallerTotal", "Location");
        assertThat(RuleDocs.subjectTypes(pack.definition("kernel.slab.list-lru-leak"))).isEmpty();
        assertThat(RuleDocs.rule(pack.definition("kernel.slab.dominant-callsite")))
                .startsWith("# kernel.slab.dominant-callsite\n")
                .contains("| `minShare` | `percent` | `50%` |")
                .contains("Fields: `it` is one `slab.SlabCallSiteListing`")
                .contains("| `cache` | `string` | the cache, from the path (kmalloc-32), an option, or unknown |");
    }

    /** A field a rule can read is documented where the record is: its javadoc {@code @param} (or the accessor's javadoc). */
    @Test
    void everyFieldOfEverySubjectIsDocumented() {
        ModelDocs docs = ModelDocs.load(getClass().getClassLoader());
        List<String> missing = new ArrayList<>();
        for (FactSubject s : FactSubjects.discover().all()) {
            for (FactTypes.Struct t : FactTypes.of(s.type()).structs()) {
                if (docs.of(t.javaType()).isEmpty()) {
                    missing.add(t.javaType().getName());
                }
                for (FactTypes.Field f : t.fields()) {
                    if (docs.of(f.owner(), f.member()).isEmpty()) {
                        missing.add(f.owner().getName() + "#" + f.member() + " (subject " + s.name() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("records and fields without javadoc (@param, or a comment on the accessor)").isEmpty();
    }
}
