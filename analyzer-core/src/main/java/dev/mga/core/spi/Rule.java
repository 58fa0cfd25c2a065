package dev.mga.core.spi;


/**
 * A rule whose logic needs code (ranking, joins across artifacts). Its metadata and thresholds
 * stay in its YAML file with {@code implementation: java}; the class is registered in
 * {@code META-INF/services/dev.mga.core.spi.Rule} and found by {@link #id()}.
 * Implementations are stateless and thread-safe.
 */
public interface Rule {

    /** The id of the YAML definition this rule implements. */
    String id();

    /** Looks at the model and reports findings through the context. */
    void evaluate(RuleContext context);
}
