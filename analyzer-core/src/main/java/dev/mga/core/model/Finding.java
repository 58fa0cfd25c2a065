package dev.mga.core.model;

import java.util.List;

/**
 * A culprit a rule found in one input.
 *
 * @param ruleId      stable rule id, e.g. {@code kernel.slab.list-lru-leak}
 * @param severity    how urgent it is
 * @param title       the rule's title
 * @param summary     what was found in this capture, with its figures
 * @param input       the input it was found in
 * @param explanation why it matters (the rule's description)
 * @param evidence    the cited lines
 * @param remediation what to do
 * @param references  public sources for the explanation and thresholds
 */
public record Finding(String ruleId, Severity severity, String title, String summary, String input,
                      String explanation, List<Evidence> evidence, String remediation, List<String> references) {

    public Finding {
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }
}
