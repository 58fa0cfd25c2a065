package dev.mga.core.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.mga.core.spi.ParamType;
import dev.mga.core.spi.RulePackException;
import dev.mga.shaded.guava.collect.ImmutableList;
import dev.mga.shaded.guava.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Compiles the expressions of one CEL rule with its variables typed: {@code it} as the struct of
 * its subject's records ({@link FactTypes}) and {@code params} as a struct of the parameters its
 * YAML file declares, with their declared types. A field or parameter that does not exist, a
 * value used as the wrong type or an unknown function is refused, naming the rule file, the part
 * of the rule (condition, summary, …) and what exists.
 */
final class RuleCompiler {

    /** The CEL name of the {@code params} struct. */
    static final String PARAMS_TYPE = "Params";

    private final Supplier<CelCompiler> base;
    private final CelRuntime runtime;
    private final RuleDefinition definition;
    private final FactTypes facts;
    private final Map<String, CelAbstractSyntaxTree> precompiled;
    private final AtomicLong compiled;
    private final Map<String, CelType> roots;
    private CelCompiler compiler;

    /**
     * @param base        mga's CEL compiler without variables, built only if an expression must be compiled
     * @param precompiled the rule's expressions checked at build time, by text; null when there are none
     * @param compiled    counts the expressions compiled from their text
     */
    RuleCompiler(Supplier<CelCompiler> base, CelRuntime runtime, RuleDefinition definition, FactTypes facts,
                 Map<String, CelAbstractSyntaxTree> precompiled, AtomicLong compiled) {
        this.base = base;
        this.runtime = runtime;
        this.definition = definition;
        this.facts = facts;
        this.precompiled = precompiled == null ? Map.of() : precompiled;
        this.compiled = compiled;
        Map<String, CelType> vars = new LinkedHashMap<>();
        vars.put("it", facts.root());
        vars.put("params", params(definition));
        this.roots = vars;
    }

    /** The compiler typed for this rule's {@code it} and {@code params}, built on first need. */
    private synchronized CelCompiler typed() {
        if (compiler == null) {
            StructType params = (StructType) roots.get("params");
            List<CelType> types = new ArrayList<>(facts.celTypes());
            types.add(params);
            compiler = base.get().toCompilerBuilder()
                    .setTypeProvider(provider(types))
                    .addVar("it", facts.root())
                    .addVar("params", params)
                    .build();
        }
        return compiler;
    }

    /**
     * The program of one expression of the rule: planned from its tree checked at build time when
     * there is one, else compiled from its text.
     *
     * @param part where the expression is in the file ({@code condition}, {@code summary}, …), for messages
     */
    CelRuntime.Program program(String part, String expression) {
        CelAbstractSyntaxTree ast = precompiled.get(expression);
        if (ast == null) {
            ast = check(part, expression);
        }
        try {
            return runtime.createProgram(ast);
        } catch (CelEvaluationException e) {
            // planning fails only on a broken environment, not on a rule
            throw new IllegalStateException("cannot plan CEL expression '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** The checked tree of one expression, compiled from its text. */
    CelAbstractSyntaxTree check(String part, String expression) {
        compiled.incrementAndGet();
        CelValidationResult result = typed().compile(expression);
        try {
            return result.getAst();
        } catch (CelValidationException e) {
            throw new RulePackException(definition.source() + ": " + part + ": " + CelErrors.describe(e, parsed(expression), roots));
        }
    }

    private CelExpr parsed(String expression) {
        try {
            return typed().parse(expression).getAst().getExpr();
        } catch (CelValidationException e) {
            return null;
        }
    }

    /** The struct type of {@code params}: one field per declared parameter, with its CEL type. */
    static StructType params(RuleDefinition d) {
        Map<String, CelType> fields = new LinkedHashMap<>();
        d.params().forEach((name, p) -> fields.put(name, celType(p.type())));
        return StructType.create(PARAMS_TYPE, ImmutableSet.copyOf(fields.keySet()), f -> Optional.ofNullable(fields.get(f)));
    }

    static CelType celType(ParamType t) {
        return switch (t.kind()) {
            case INTEGER, BYTES -> SimpleType.INT;
            case NUMBER, PERCENT -> SimpleType.DOUBLE;
            case DURATION -> SimpleType.DURATION;
            case STRING -> SimpleType.STRING;
            case BOOLEAN -> SimpleType.BOOL;
            case LIST -> ListType.create(celType(t.element()));
            case MAP -> MapType.create(SimpleType.STRING, celType(t.element()));
        };
    }

    private static CelTypeProvider provider(List<CelType> types) {
        Map<String, CelType> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.name(), t));
        ImmutableList<CelType> all = ImmutableList.copyOf(byName.values());
        return new CelTypeProvider() {
            @Override
            public ImmutableList<CelType> types() {
                return all;
            }

            @Override
            public Optional<CelType> findType(String name) {
                return Optional.ofNullable(byName.get(name));
            }
        };
    }
}
