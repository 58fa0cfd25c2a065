package dev.mga.core.rules;

import dev.mga.core.Evidence;
import dev.mga.core.Finding;
import dev.mga.core.Severity;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.report.Redactor;
import java.util.ArrayList;
import java.util.List;

/** What a rule sees of one input, and where it reports. One per rule and input. */
public final class RuleContext {

    private final CaptureModel model;
    private final RuleDefinition definition;
    private final List<Finding> findings = new ArrayList<>();

    public RuleContext(CaptureModel model, RuleDefinition definition) {
        this.model = model;
        this.definition = definition;
    }

    public CaptureModel model() {
        return model;
    }

    public RuleDefinition definition() {
        return definition;
    }

    public long longParam(String name) {
        return ((Number) param(name)).longValue();
    }

    public double doubleParam(String name) {
        return ((Number) param(name)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> stringListParam(String name) {
        return List.copyOf((List<String>) param(name));
    }

    private Object param(String name) {
        RuleParam p = definition.params().get(name);
        if (p == null) {
            throw new IllegalStateException("rule " + definition.id() + " has no parameter '" + name + "' in " + definition.source());
        }
        return p.value();
    }

    /** Starts a finding with the rule's metadata. */
    public FindingBuilder finding() {
        return new FindingBuilder();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Fills in one finding; {@link #report()} adds it. */
    public final class FindingBuilder {
        private Severity severity = definition.severity();
        private String summary = "";
        private final List<Evidence> evidence = new ArrayList<>();

        public FindingBuilder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public FindingBuilder summary(String text) {
            this.summary = text;
            return this;
        }

        public FindingBuilder evidence(Location at, String excerpt) {
            evidence.add(Evidence.of(at, Redactor.redact(excerpt)));
            return this;
        }

        public FindingBuilder evidence(Located item, String excerpt) {
            return evidence(item.location(), excerpt);
        }

        public void report() {
            findings.add(new Finding(definition.id(), severity, definition.title(), Redactor.redact(summary),
                    model.input(), definition.description().strip(), evidence, definition.remediation().strip(),
                    definition.references()));
        }
    }
}
