package dev.mga.core.rules;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule of a pack over one input's model. A rule that fails costs only itself. */
public final class RuleEngine {

    private final RulePack pack;

    public RuleEngine(RulePack pack) {
        this.pack = pack;
    }

    public List<Finding> evaluate(CaptureModel model, List<Diagnostic> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (RulePack.Bound rule : pack.bound()) {
            RuleRun ctx = new RuleRun(model, rule.definition());
            try {
                rule.rule().evaluate(ctx);
                findings.addAll(ctx.findings());
            } catch (RuntimeException e) {
                diagnostics.add(new Diagnostic(model.input(), "", 0, "rule " + rule.definition().id() + " could not be evaluated: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::ruleId));
        return findings;
    }
}
