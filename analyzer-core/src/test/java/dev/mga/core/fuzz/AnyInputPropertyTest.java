package dev.mga.core.fuzz;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.rules.RulePack;
import dev.mga.core.spi.ArtifactType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every registered parser (found through the registry, so a new family is covered without
 * touching this test), any text — random characters, or lines shaped like the formats mga reads
 * — gives records or diagnostics, never an exception, and never a rule that fails on the result.
 */
class AnyInputPropertyTest {

    private static final ArtifactTypes TYPES = ArtifactTypes.discover();
    private static final RuleEngine RULES = new RuleEngine(RulePack.builtIn());

    @Property(tries = 400)
    void everyParserSurvivesAnyText(@ForAll("typeIds") String type, @ForAll("texts") String text) {
        FuzzOracle.parse(TYPES, RULES, type, text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> typeIds() {
        List<String> ids = TYPES.all().stream().map(ArtifactType::id).toList();
        return Arbitraries.of(ids);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("I1124 12:00:00.000000       1 x.go:12] ", "E0101 00:00:00.000001 7 y.go:1] \"msg\" k=v ",
                        "2022-06-25T00:10:58.123456Z stdout F ", "{\"level\":\"warn\",\"msg\":\"x\",\"took\":\"1.5s\"}",
                        "| https://1.2.3.3:2379 | e97ca8fed9268702 | 3.5.3 |  128 MB | false |", "\"Key\" : \"/kubernetes.io/pods/a/b\"",
                        "  4334 iomap_page_create+0x80/0x190 age=0/6/20 pid=1-3 cpus=0-7", "NAME CPU(cores) MEMORY(bytes)",
                        "master-0 1894m 15272Mi 93%", "kind: KubeDescheduler", "profiles:", "- TopologyAndDuplicates",
                        "slabinfo - version: 2.1", "MemTotal: 16652928 kB", "<unknown>", "No data", "key=<", " >",
                        "\t", "=", "\"", "\\", "[", "]", "{", "}", ":", ",", "-", "0x", "9999999999999999999999"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> separated = net.jqwik.api.Combinators.combine(token, Arbitraries.of(" ", "\n", "", "\r\n"))
                .as((t, sep) -> t + sep);
        return separated.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
