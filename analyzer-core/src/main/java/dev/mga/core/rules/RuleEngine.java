package dev.mga.core.rules;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.spi.Rule;
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
        for (Rule rule : pack.rules()) {
            RuleRun ctx = new RuleRun(model, pack.definition(rule.id()));
            try {
                rule.evaluate(ctx);
                findings.addAll(ctx.findings());
            } catch (RuntimeException e) {
                diagnostics.add(new Diagnostic(model.input(), "", 0, "rule " + rule.id() + " could not be evaluated: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::ruleId));
        return findings;
    }
}
