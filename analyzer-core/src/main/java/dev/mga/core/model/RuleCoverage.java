package dev.mga.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one rule did with one input: whether it had anything to judge, how much, and with what
 * result. "No finding" means something only when the rule was evaluated.
 *
 * @param input    the input
 * @param ruleId   the rule
 * @param status   fired, quiet, not evaluated, disabled or failed
 * @param reason   why it was not evaluated, was disabled or failed; empty otherwise
 * @param subjects how many items the rule judged: a CEL rule's subject items, or for a Java rule
 *                 the model records it asked for
 * @param findings how many findings it gave
 * @param records  the model record types the rule asked the input's model for, with how many it
 *                 got: what the engine saw it read, not what it declares
 */
public record RuleCoverage(String input, String ruleId, Status status, String reason, long subjects, long findings,
                           Map<String, Long> records) {

    /** The outcome of one rule on one input. */
    public enum Status {
        /** evaluated, and gave at least one finding */
        FIRED,
        /** evaluated on at least one subject, no finding */
        QUIET,
        /** the input holds nothing this rule judges */
        NOT_EVALUATED,
        /** turned off by the configuration */
        DISABLED,
        /** the rule broke on this input (a diagnostic says how) */
        FAILED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public RuleCoverage {
        reason = reason == null ? "" : reason;
        records = Collections.unmodifiableMap(new TreeMap<>(records));
    }

    /** True when the rule looked at something of this input: a quiet rule then vouches for its absence. */
    public boolean evaluated() {
        return status == Status.FIRED || status == Status.QUIET;
    }
}
