package dev.mga.core.rules;

import dev.cel.bundle.Cel;
import dev.cel.common.CelValidationException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/** Compiling CEL expressions of the rule pack. */
final class CelRules {

    private CelRules() {
    }

    static CelRuntime.Program program(Cel cel, String expression) throws CelValidationException {
        try {
            return cel.createProgram(cel.compile(expression).getAst());
        } catch (CelEvaluationException e) {
            // createProgram only fails on a broken environment; report it like a compile error
            throw new IllegalStateException("cannot plan CEL expression '" + expression + "': " + e.getMessage(), e);
        }
    }
}
