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
 * @param params         thresholds, each with its type and the reason for its value
 * @param implementation the {@link Rule} class of a Java rule; null for a CEL rule (the condition below)
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

    /** The same rule with one parameter replaced. */
    RuleDefinition replacing(String name, RuleParam param) {
        Map<String, RuleParam> changed = new java.util.LinkedHashMap<>(params);
        changed.put(name, param);
        return new RuleDefinition(id, title, severity, family, description, remediation, references, changed,
                implementation, subject, condition, summary, evidence, escalate, findingShape, source);
    }

    public boolean isJava() {
        return implementation != null;
    }

    /**
     * The same rule with one parameter set from text, as {@code --set RULE.PARAM=VALUE} gives it,
     * checked against the parameter's declared type ({@code 80%} for a percent, {@code 8Gi} for
     * bytes, {@code 15m} for a duration, {@code [a, b]} or {@code a,b} for a list).
     *
     * @throws IllegalArgumentException naming the rule, the parameter and what was expected, when
     *         the rule has no such parameter or the text is not a value of its type
     */
    public RuleDefinition withParam(String name, String text) {
        RuleParam p = params.get(name);
        if (p == null) {
            throw new IllegalArgumentException("rule " + id + " has no parameter '" + name + "' ("
                    + (params.isEmpty() ? "it has none" : "its parameters: " + String.join(", ", new java.util.TreeSet<>(params.keySet())))
                    + ")");
        }
        Object value;
        try {
            value = ParamValues.parse(p.type(), text);
        } catch (IllegalArgumentException e) {
            String expected = ParamValues.expected(p.type());
            String detail = e.getMessage().endsWith(" is not " + expected) ? ", not '" + text + "'" : ": " + e.getMessage();
            throw new IllegalArgumentException(id + "." + name + " takes " + expected + " (now " + p.text() + ")" + detail, e);
        }
        return replacing(name, new RuleParam(p.type(), value, p.reason()));
    }
}
