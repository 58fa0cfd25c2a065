package dev.mga.core.rules;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Severity;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The engine's {@link RuleContext}: one per rule and input, collecting the rule's findings. */
final class RuleRun implements RuleContext {

    private final CaptureModel model;
    private final RuleDefinition definition;
    private final List<Finding> findings = new ArrayList<>();
    /** Record types the rule asked the model for, and how many records each gave. */
    private final Map<String, Long> records = new TreeMap<>();
    private long subjectItems = -1;

    RuleRun(CaptureModel model, RuleDefinition definition) {
        this.model = model.watched((type, found) -> records.merge(type.getSimpleName(), (long) found, Math::max));
        this.definition = definition;
    }

    private String nothingToJudge;

    @Override
    public void nothingToJudge(String reason) {
        this.nothingToJudge = reason;
    }

    /** The rule's own word that it had nothing to judge, or null. */
    String nothingToJudgeReason() {
        return nothingToJudge;
    }

    /** A CEL rule says how many items of its subject it judged. */
    void subjectItems(long n) {
        subjectItems = n;
    }

    /** What the rule read: the record types it asked for, with how many records each gave. */
    Map<String, Long> records() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(records));
    }

    /**
     * How many items the rule judged: its subject's items (CEL rules), else the records it asked
     * for, each type counted once.
     */
    long subjects() {
        return subjectItems >= 0 ? subjectItems : records.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public CaptureModel model() {
        return model;
    }

    RuleDefinition definition() {
        return definition;
    }

    @Override
    public String ruleId() {
        return definition.id();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T param(RuleParameter<T> parameter) {
        RuleParam p = definition.params().get(parameter.name());
        if (p == null || !p.type().equals(parameter.type())) {
            // the pack checks the rule's constants against its file when it loads; this is a rule read without one
            throw new IllegalStateException("rule " + definition.id() + " reads parameter " + parameter + " but "
                    + definition.source() + (p == null ? " declares no such parameter" : " declares it as " + p.type()));
        }
        return (T) p.value();
    }

    /** Starts a finding with the rule's metadata. */
    @Override
    public FindingBuilder finding() {
        return new Builder();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Fills in one finding; {@link #report()} adds it. */
    private final class Builder implements FindingBuilder {
        private Severity severity = definition.severity();
        private String summary = "";
        private final Map<String, String> subject = new LinkedHashMap<>();
        private final Map<String, Number> figures = new LinkedHashMap<>();
        private final List<Evidence> evidence = new ArrayList<>();

        @Override
        public FindingBuilder severity(Severity s) {
            this.severity = s;
            return this;
        }

        @Override
        public FindingBuilder summary(String text) {
            this.summary = text;
            return this;
        }

        @Override
        public FindingBuilder subject(String kind, String name) {
            if (name != null && !name.isEmpty()) {
                subject.put(kind, Redactor.redact(name));
            }
            return this;
        }

        @Override
        public FindingBuilder figure(String name, long value) {
            figures.put(name, value);
            return this;
        }

        @Override
        public FindingBuilder figure(String name, double value) {
            if (Double.isFinite(value)) {
                figures.put(name, value);
            }
            return this;
        }

        @Override
        public FindingBuilder evidence(Location at, String excerpt) {
            evidence.add(Evidence.of(at, Redactor.redact(excerpt)));
            return this;
        }

        @Override
        public FindingBuilder evidence(Located item, String excerpt) {
            return evidence(item.location(), excerpt);
        }

        @Override
        public void report() {
            findings.add(new Finding(definition.id(), severity, definition.title(), Redactor.redact(summary),
                    model.input(), subject, figures, definition.description().strip(), evidence,
                    definition.remediation().strip(), definition.references()));
        }
    }
}
