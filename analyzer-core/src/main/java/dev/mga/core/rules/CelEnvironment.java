package dev.mga.core.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelRuntime;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.RulePackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a pack's CEL rules share: the compiler of mga's CEL language, the runtime, and the CEL
 * declarations of each subject's record class. Each built on first use: a run whose rules need no
 * CEL (or {@code mga rules}) pays for none of it, and a run whose rules were all checked at build
 * time ({@link CheckedRules}) not for the compiler.
 */
final class CelEnvironment {

    private final Map<Class<?>, FactTypes> types = new ConcurrentHashMap<>();
    private volatile CelCompiler compiler;
    private volatile CelRuntime runtime;
    /** Expressions compiled from their text rather than taken from the build's checked trees. */
    private final AtomicLong compiledFromText = new AtomicLong();

    /**
     * The compiler of one rule, typed for its subject and parameters.
     *
     * @param checked whether the rule's expressions may come from the build's checked entries
     *                (built-in rules), when their digest still matches
     */
    RuleCompiler compiler(RuleDefinition rule, FactSubject subject, boolean checked) {
        FactTypes facts;
        try {
            facts = types.computeIfAbsent(subject.type(), FactTypes::of);
        } catch (IllegalStateException e) {
            throw new RulePackException(rule.source() + ": subject " + subject.name() + " cannot be declared to CEL: " + e.getMessage());
        }
        Map<String, CelAbstractSyntaxTree> precompiled = checked ? CheckedRules.load(rule, subject, facts) : null;
        return new RuleCompiler(this::baseCompiler, runtime(), rule, facts, precompiled, compiledFromText);
    }

    /** How many expressions this environment's rules compiled from their text (the others came checked from the build). */
    long compiledFromText() {
        return compiledFromText.get();
    }

    /** The CEL declarations of a subject's records, for documents. */
    FactTypes types(FactSubject subject) {
        return types.computeIfAbsent(subject.type(), FactTypes::of);
    }

    private CelCompiler baseCompiler() {
        CelCompiler c = compiler;
        if (c == null) {
            synchronized (this) {
                c = compiler;
                if (c == null) {
                    c = CelFunctions.compiler();
                    compiler = c;
                }
            }
        }
        return c;
    }

    private CelRuntime runtime() {
        CelRuntime r = runtime;
        if (r == null) {
            synchronized (this) {
                r = runtime;
                if (r == null) {
                    r = CelFunctions.runtime();
                    runtime = r;
                }
            }
        }
        return r;
    }
}
