package dev.mga.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A culprit a rule found in one input.
 *
 * @param ruleId      stable rule id, e.g. {@code kernel.slab.list-lru-leak}
 * @param severity    how urgent it is
 * @param title       the rule's title
 * @param summary     what was found in this capture, with its figures
 * @param input       the input it was found in
 * @param subject     what the finding is about, as kind → name ({@code node → worker-1},
 *                    {@code cache → kmalloc-32}, {@code member → etcd-0}), in the rule's order
 * @param figures     the numbers the summary states, by name ({@code objects}, {@code bytes},
 *                    {@code share}); integers stay integers, shares are fractions 0..1
 * @param explanation why it matters (the rule's description)
 * @param evidence    the cited lines
 * @param remediation what to do
 * @param references  public sources for the explanation and thresholds
 */
public record Finding(String ruleId, Severity severity, String title, String summary, String input,
                      Map<String, String> subject, Map<String, Number> figures,
                      String explanation, List<Evidence> evidence, String remediation, List<String> references) {

    public Finding {
        subject = Collections.unmodifiableMap(new LinkedHashMap<>(subject));
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }
}
