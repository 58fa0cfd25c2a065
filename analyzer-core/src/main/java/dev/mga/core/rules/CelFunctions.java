package dev.mga.core.rules;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.mga.core.parse.Units;
import java.util.List;

/**
 * The CEL language of the rule pack: standard macros, the strings and math extensions, and three
 * formatting functions for summaries: {@code percent(0.873)} → {@code "87.3%"},
 * {@code bytes(1610612736)} → {@code "1.5 GiB"}, {@code grouped(19861376)} → {@code "19,861,376"}.
 * The compiler here declares no variables: each rule's compiler adds {@code it} and
 * {@code params} with their types ({@link RuleCompiler}); one runtime runs every rule's programs.
 */
final class CelFunctions {

    /** The functions mga adds to CEL, for messages about a misspelt one. */
    static final List<String> NAMES = List.of("percent", "bytes", "grouped");

    /** One overload mga declares: {@code name(param) -> result}. */
    private record Declared(String name, String overload, CelType result, CelType param) {
    }

    private static final List<Declared> FUNCTIONS = List.of(
            new Declared("percent", "percent_double", SimpleType.STRING, SimpleType.DOUBLE),
            new Declared("bytes", "bytes_int", SimpleType.STRING, SimpleType.INT),
            new Declared("grouped", "grouped_int", SimpleType.STRING, SimpleType.INT));

    /**
     * What the compiler declares besides the rule's variables, as text: part of the digest of a
     * rule checked at build time ({@link CheckedRules}), so a change here invalidates them.
     */
    static final String DECLARED = "standard macros; extensions strings, math; "
            + String.join(", ", FUNCTIONS.stream().map(f -> f.overload() + ": " + f.name() + "(" + f.param().name() + ") -> "
            + f.result().name()).toList());

    private CelFunctions() {
    }

    static CelCompiler compiler() {
        return CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addLibraries(CelExtensions.strings(), CelExtensions.math(CelOptions.DEFAULT))
                .addFunctionDeclarations(FUNCTIONS.stream().map(f -> CelFunctionDecl.newFunctionDeclaration(f.name(),
                        CelOverloadDecl.newGlobalOverload(f.overload(), f.result(), f.param()))).toList())
                .build();
    }

    static CelRuntime runtime() {
        return CelRuntimeFactory.standardCelRuntimeBuilder()
                .addLibraries(CelExtensions.strings(), CelExtensions.math(CelOptions.DEFAULT))
                .addFunctionBindings(
                        CelFunctionBinding.from("percent_double", Double.class, CelFunctions::percent),
                        CelFunctionBinding.from("bytes_int", Long.class, CelFunctions::bytes),
                        CelFunctionBinding.from("grouped_int", Long.class, CelFunctions::grouped))
                .build();
    }

    static String percent(double share) {
        return Figures.percent(share);
    }

    static String bytes(long n) {
        return Units.readable(n);
    }

    static String grouped(long n) {
        return Figures.grouped(n);
    }
}
