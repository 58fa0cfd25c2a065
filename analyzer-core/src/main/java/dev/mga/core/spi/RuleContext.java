package dev.mga.core.spi;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Severity;

/**
 * What a {@link Rule} sees of one input, and where it reports: the input's model, the rule's
 * parameters from its YAML file, and a builder for findings that carry the rule's metadata.
 * One per rule and input; not shared between threads.
 */
public interface RuleContext {

    /** The typed model of the input being judged. */
    CaptureModel model();

    /** The id of the rule being run. */
    String ruleId();

    /**
     * The value of one of the rule's parameters, as its YAML file (or {@code --set}) gives it;
     * the engine checked it against the parameter's type when the rule loaded.
     */
    <T> T param(RuleParameter<T> parameter);

    /**
     * Says that, although the rule read some records, the input lacks what it judges (e.g. pods
     * but no Node objects to weigh them against): the report then lists the rule as not evaluated,
     * for this reason, instead of quiet. Without this call the engine judges from the records the
     * rule asked for.
     */
    void nothingToJudge(String reason);

    /** Starts a finding with the rule's metadata (title, explanation, remediation, references). */
    FindingBuilder finding();

    /** Fills in one finding; {@link #report()} adds it to the input's findings. */
    interface FindingBuilder {

        /** Overrides the rule's default severity for this finding. */
        FindingBuilder severity(Severity severity);

        /** What was found in this capture, with its figures. */
        FindingBuilder summary(String text);

        /**
         * Names what the finding is about, one kind at a time, most general first:
         * {@code subject("node", "worker-1").subject("cache", "kmalloc-32")}. Kinds in use:
         * {@code node}, {@code host}, {@code cache}, {@code member}, {@code endpoint},
         * {@code namespace}, {@code pod}, {@code resource}, {@code component}, {@code file}.
         */
        FindingBuilder subject(String kind, String name);

        /**
         * A number the summary states, machine-readable: {@code figure("objects", 29831104)}.
         * Name bytes {@code ...Bytes}, durations {@code ...Seconds}, shares {@code ...Share} (0..1).
         */
        FindingBuilder figure(String name, long value);

        /** A decimal figure (a share, a ratio, seconds). */
        FindingBuilder figure(String name, double value);

        /** Cites a line of the capture; the excerpt should be the capture's own bytes. */
        FindingBuilder evidence(Location at, String excerpt);

        /** Cites a model item at its location. */
        FindingBuilder evidence(Located item, String excerpt);

        /** Adds the finding. */
        void report();
    }
}
