package dev.mga.core.spi;


/**
 * A rule whose logic needs code (ranking, joins across artifacts). Its metadata and typed
 * parameters stay in its YAML file, which names the class with {@code implementation:} and the
 * class's binary name. The class is public, has a public no-argument constructor,
 * and declares the parameters it reads as {@code static final} {@link RuleParameter} constants;
 * the engine checks them against the YAML file when the rule loads. Implementations are stateless
 * and thread-safe.
 */
public interface Rule {

    /** Looks at the model and reports findings through the context. */
    void evaluate(RuleContext context);
}
