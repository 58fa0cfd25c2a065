package dev.mga.core.rules;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.model.RuleCoverage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule of a pack over one input's model and says, for each, what it had to judge. A
 * rule that fails costs only itself.
 */
public final class RuleEngine {

    private final RulePack pack;

    public RuleEngine(RulePack pack) {
        this.pack = pack;
    }

    /** The findings of one input and every rule's coverage of it. */
    public record Evaluation(List<Finding> findings, List<RuleCoverage> coverage) {
        public Evaluation {
            findings = List.copyOf(findings);
            coverage = List.copyOf(coverage);
        }
    }

    /**
     * @param parsedPerFamily parsed artifacts of the input per family ({@code etcd → 4}), to say why
     *                        a rule had nothing to judge
     */
    public Evaluation evaluate(CaptureModel model, List<Diagnostic> diagnostics, Map<String, Long> parsedPerFamily) {
        List<Finding> findings = new ArrayList<>();
        List<RuleCoverage> coverage = new ArrayList<>();
        for (RulePack.Bound rule : pack.bound()) {
            RuleDefinition def = rule.definition();
            String off = pack.disabledReason(def.id());
            if (off != null) {
                coverage.add(new RuleCoverage(model.input(), def.id(), RuleCoverage.Status.DISABLED, off, 0, 0, Map.of()));
                continue;
            }
            RuleRun ctx = new RuleRun(model, def);
            try {
                rule.rule().evaluate(ctx);
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                diagnostics.add(new Diagnostic(model.input(), "", 0, "rule " + def.id() + " could not be evaluated: " + why));
                coverage.add(new RuleCoverage(model.input(), def.id(), RuleCoverage.Status.FAILED, why, ctx.subjects(), 0,
                        ctx.records()));
                continue;
            }
            List<Finding> found = ctx.findings();
            findings.addAll(found);
            coverage.add(coverage(model.input(), def, ctx, found.size(), parsedPerFamily));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::ruleId));
        return new Evaluation(findings, coverage);
    }

    private static RuleCoverage coverage(String input, RuleDefinition def, RuleRun run, long found,
                                         Map<String, Long> parsedPerFamily) {
        long subjects = run.subjects();
        if (found > 0) {
            return new RuleCoverage(input, def.id(), RuleCoverage.Status.FIRED, "", subjects, found, run.records());
        }
        if (run.nothingToJudgeReason() != null && found == 0) {
            return new RuleCoverage(input, def.id(), RuleCoverage.Status.NOT_EVALUATED, run.nothingToJudgeReason(), 0, 0,
                    run.records());
        }
        if (subjects > 0) {
            return new RuleCoverage(input, def.id(), RuleCoverage.Status.QUIET, "", subjects, 0, run.records());
        }
        return new RuleCoverage(input, def.id(), RuleCoverage.Status.NOT_EVALUATED, nothingToJudge(def, run, parsedPerFamily),
                0, 0, run.records());
    }

    /** "no etcd.* artifact in this input", or which records the rule looked for among those that were read. */
    private static String nothingToJudge(RuleDefinition def, RuleRun run, Map<String, Long> parsedPerFamily) {
        String looked = def.isJava() || def.subject() == null
                ? (run.records().isEmpty() ? "records" : String.join(", ", run.records().keySet()) + " records")
                : "items of " + def.subject();
        long family = parsedPerFamily.getOrDefault(def.family(), 0L);
        if (family == 0) {
            return "no " + def.family() + ".* artifact in this input (it judges " + looked + ")";
        }
        return "no " + looked + " among the " + family + " " + def.family() + ".* artifact" + (family == 1 ? "" : "s") + " read";
    }
}
