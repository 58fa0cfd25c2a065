package dev.mga.core.rules;

import dev.mga.core.model.Severity;
import dev.mga.core.spi.Rule;
import java.util.List;
import java.util.Map;

/**
 * A rule's metadata and logic as written in its YAML file ({@code rules/<family>/<id>.yaml}).
 *
 * @param id             stable id, part of the product ({@code kernel.slab.list-lru-leak})
 * @param title          one line
 * @param severity       the severity of its findings (see {@code escalate})
 * @param family         the artifact family it judges
 * @param description    why the culprit matters; shown as the finding's explanation
 * @param remediation    what to do
 * @param references     public sources (URLs) for the explanation and the thresholds
 * @param params         thresholds, each with the reason for its value
 * @param implementation {@code cel} (the condition below) or {@code java} (a {@link Rule} with this id)
 * @param subject        CEL rules: which facts the condition runs over, one finding per matching item
 * @param condition      CEL rules: the condition, over {@code it} (the item) and {@code params}
 * @param summary        CEL rules: the finding's summary, with {@code ${cel}} placeholders
 * @param evidence       CEL rules: an expression giving the items to cite (default: {@code [it]})
 * @param escalate       CEL rules: severity → condition that raises the finding to it
 * @param findingShape   CEL rules: the {@code finding:} block, CEL expressions over {@code it} giving each
 *                       finding's {@code subject} (kind → name) and {@code figures} (name → number)
 * @param source         the file it was loaded from
 */
public record RuleDefinition(String id, String title, Severity severity, String family, String description,
                             String remediation, List<String> references, Map<String, RuleParam> params,
                             String implementation, String subject, String condition, String summary,
                             String evidence, Map<Severity, String> escalate, FindingShape findingShape, String source) {

    public RuleDefinition {
        references = List.copyOf(references);
        params = Map.copyOf(params);
        escalate = Map.copyOf(escalate);
        findingShape = findingShape == null ? FindingShape.NONE : findingShape;
    }

    /**
     * What a CEL rule says about each finding besides its summary: {@code subject} maps a kind
     * ({@code node}, {@code cache}) and {@code figures} a name ({@code objects}, {@code dbSizeBytes})
     * to a CEL expression over {@code it} and {@code params}, in the order written.
     */
    public record FindingShape(Map<String, String> subject, Map<String, String> figures) {
        public static final FindingShape NONE = new FindingShape(Map.of(), Map.of());

        public FindingShape {
            subject = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(subject));
            figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        }
    }

    public boolean isJava() {
        return "java".equals(implementation);
    }
}
