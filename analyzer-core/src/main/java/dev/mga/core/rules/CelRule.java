package dev.mga.core.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.mga.core.model.Location;
import dev.mga.core.model.Severity;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RulePackException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule written in CEL in its YAML file: for each item of its subject, when {@code condition}
 * holds, one finding with the rendered summary and the cited evidence items. Evidence items are
 * facts that carry {@code location} (input, path, line) and optionally {@code excerpt}.
 */
final class CelRule implements Rule {

    private final RuleDefinition definition;
    private final FactSubject subject;
    private final Function<RuleDefinition, RuleCompiler> compilers;
    private final Map<String, Object> params;
    private volatile Programs programs;

    /** The compiled expressions of the rule. */
    private record Programs(CelRuntime.Program condition, Template summary, CelRuntime.Program evidence,
                            List<Map.Entry<Severity, CelRuntime.Program>> escalations,
                            Map<String, CelRuntime.Program> subject, Map<String, CelRuntime.Program> figures) {
    }

    /**
     * @param compilers the compiler of a rule, typed for its subject and parameters
     * @param eager     compile now (rule files the user adds: a mistake must be reported before any
     *                  analysis); otherwise on first use with facts to judge — the built-in pack is
     *                  compiled by the build's tests, and a run pays only for the rules it needs
     * @throws RulePackException when an expression does not compile (eager only)
     */
    CelRule(RuleDefinition definition, FactSubject subject, Function<RuleDefinition, RuleCompiler> compilers, boolean eager) {
        this.definition = definition;
        this.subject = subject;
        this.compilers = compilers;
        Map<String, Object> p = new LinkedHashMap<>();
        definition.params().forEach((k, v) -> p.put(k, Facts.celValue(v.value())));
        this.params = Map.copyOf(p);
        if (eager) {
            this.programs = compile();
        }
    }

    private Programs compile() {
        RuleCompiler compiler = compilers.apply(definition);
        List<Map.Entry<Severity, CelRuntime.Program>> esc = new ArrayList<>();
        for (Map.Entry<Severity, String> e : definition.escalate().entrySet()) {
            esc.add(Map.entry(e.getKey(), compiler.program("escalate." + e.getKey().id(), e.getValue())));
        }
        esc.sort(Map.Entry.<Severity, CelRuntime.Program>comparingByKey(Comparator.reverseOrder()));
        Template summary;
        try {
            summary = Template.compile(expr -> compiler.program("summary", expr), definition.summary());
        } catch (IllegalArgumentException e) {
            throw new RulePackException(definition.source() + ": summary: " + e.getMessage());
        }
        return new Programs(compiler.program("condition", definition.condition()), summary,
                definition.evidence() == null ? null : compiler.program("evidence", definition.evidence()), List.copyOf(esc),
                programs(compiler, "finding.subject.", definition.findingShape().subject()),
                programs(compiler, "finding.figures.", definition.findingShape().figures()));
    }

    private static Map<String, CelRuntime.Program> programs(RuleCompiler compiler, String part, Map<String, String> expressions) {
        Map<String, CelRuntime.Program> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : expressions.entrySet()) {
            out.put(e.getKey(), compiler.program(part + e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The finding's subject and figures, from the rule's {@code finding:} block. */
    private static void shape(Programs compiled, Map<String, Object> vars, RuleContext.FindingBuilder f)
            throws CelEvaluationException {
        for (Map.Entry<String, CelRuntime.Program> e : compiled.subject().entrySet()) {
            Object v = e.getValue().eval(vars);
            if (v != null && !(v instanceof dev.cel.common.values.NullValue) && !(v instanceof dev.mga.shaded.protobuf.NullValue)) {
                f.subject(e.getKey(), String.valueOf(v));
            }
        }
        for (Map.Entry<String, CelRuntime.Program> e : compiled.figures().entrySet()) {
            Object v = e.getValue().eval(vars);
            if (v instanceof Double d) {
                f.figure(e.getKey(), d);
            } else if (v instanceof Number n) {
                f.figure(e.getKey(), n.longValue());
            } else if (v instanceof dev.mga.shaded.guava.primitives.UnsignedLong u) {
                f.figure(e.getKey(), u.longValue());
            }
        }
    }

    private Programs programs() {
        Programs p = programs;
        if (p == null) {
            synchronized (this) {
                p = programs;
                if (p == null) {
                    p = compile();
                    programs = p;
                }
            }
        }
        return p;
    }

    @Override
    public void evaluate(RuleContext context) {
        List<?> items = subject.items(context.model());
        if (context instanceof RuleRun run) {
            run.subjectItems(items.size());
        }
        if (items.isEmpty()) {
            return;
        }
        Programs compiled = programs();
        CelRuntime.Program condition = compiled.condition();
        Template summary = compiled.summary();
        for (Object item : items) {
            if (!subject.type().isInstance(item)) {
                throw new IllegalStateException("subject " + subject.name() + " gave a " + item.getClass().getName()
                        + ", not the " + subject.type().getName() + " it declares");
            }
            Map<String, Object> it = Facts.of(item);
            Map<String, Object> vars = Map.of("it", it, "params", params);
            try {
                if (!Boolean.TRUE.equals(condition.eval(vars))) {
                    continue;
                }
                RuleContext.FindingBuilder f = context.finding().severity(severity(compiled, vars)).summary(summary.render(vars));
                shape(compiled, vars, f);
                for (Object cited : cited(compiled, vars, it)) {
                    cite(f, cited);
                }
                f.report();
            } catch (CelEvaluationException e) {
                throw new IllegalStateException("CEL evaluation failed on " + where(it) + ": " + e.getMessage(), e);
            }
        }
    }

    private Severity severity(Programs compiled, Map<String, Object> vars) throws CelEvaluationException {
        for (Map.Entry<Severity, CelRuntime.Program> e : compiled.escalations()) {
            if (Boolean.TRUE.equals(e.getValue().eval(vars))) {
                return e.getKey().atLeast(definition.severity()) ? e.getKey() : definition.severity();
            }
        }
        return definition.severity();
    }

    private List<?> cited(Programs compiled, Map<String, Object> vars, Map<String, Object> it) throws CelEvaluationException {
        if (compiled.evidence() == null) {
            return List.of(it);
        }
        Object v = compiled.evidence().eval(vars);
        return v instanceof List<?> l ? l : List.of(v);
    }

    private static void cite(RuleContext.FindingBuilder f, Object cited) {
        if (!(cited instanceof Map<?, ?> m) || !(m.get("location") instanceof Map<?, ?> loc)) {
            return;
        }
        Location at = new Location(String.valueOf(loc.get("input")), String.valueOf(loc.get("path")),
                loc.get("line") instanceof Number n ? n.longValue() : 0);
        Object excerpt = m.get("excerpt");
        f.evidence(at, excerpt == null ? "" : String.valueOf(excerpt));
    }

    private static String where(Map<String, Object> it) {
        Object loc = it.get("location");
        if (loc instanceof Map<?, ?> m) {
            return m.get("path") + (m.get("line") instanceof Number n && n.longValue() > 0 ? ":" + n : "");
        }
        return "an item";
    }
}
