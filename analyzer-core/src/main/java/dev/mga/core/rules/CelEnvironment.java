package dev.mga.core.rules;

import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelRuntime;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.RulePackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a pack's CEL rules share: the compiler of mga's CEL language, the runtime, and the CEL
 * declarations of each subject's record class. Built on first use: a run whose rules need no CEL
 * (or {@code mga rules}) does not pay for it.
 */
final class CelEnvironment {

    private final Map<Class<?>, FactTypes> types = new ConcurrentHashMap<>();
    private volatile CelCompiler compiler;
    private volatile CelRuntime runtime;

    /** The compiler of one rule, typed for its subject and parameters. */
    RuleCompiler compiler(RuleDefinition rule, FactSubject subject) {
        init();
        FactTypes facts;
        try {
            facts = types.computeIfAbsent(subject.type(), FactTypes::of);
        } catch (IllegalStateException e) {
            throw new RulePackException(rule.source() + ": subject " + subject.name() + " cannot be declared to CEL: " + e.getMessage());
        }
        return new RuleCompiler(compiler, runtime, rule, facts);
    }

    /** The CEL declarations of a subject's records, for documents. */
    FactTypes types(FactSubject subject) {
        return types.computeIfAbsent(subject.type(), FactTypes::of);
    }

    private void init() {
        if (runtime == null) {
            synchronized (this) {
                if (runtime == null) {
                    compiler = CelFunctions.compiler();
                    runtime = CelFunctions.runtime();
                }
            }
        }
    }
}
