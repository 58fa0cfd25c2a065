package dev.mga.core.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.mga.core.parse.Units;

/**
 * The CEL environment of the rule pack: standard macros, the strings and math extensions,
 * the variables {@code it} (one fact) and {@code params} (the rule's thresholds), and three
 * formatting functions for summaries: {@code percent(0.873)} → {@code "87.3%"},
 * {@code bytes(1610612736)} → {@code "1.5 GiB"}, {@code grouped(19861376)} → {@code "19,861,376"}.
 */
final class CelFunctions {

    private CelFunctions() {
    }

    static Cel environment() {
        return CelFactory.standardCelBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("it", SimpleType.DYN)
                .addVar("params", MapType.create(SimpleType.STRING, SimpleType.DYN))
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.math(dev.cel.common.CelOptions.DEFAULT))
                .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.math(dev.cel.common.CelOptions.DEFAULT))
                .addFunctionDeclarations(
                        CelFunctionDecl.newFunctionDeclaration("percent",
                                CelOverloadDecl.newGlobalOverload("percent_double", SimpleType.STRING, SimpleType.DOUBLE)),
                        CelFunctionDecl.newFunctionDeclaration("bytes",
                                CelOverloadDecl.newGlobalOverload("bytes_int", SimpleType.STRING, SimpleType.INT)),
                        CelFunctionDecl.newFunctionDeclaration("grouped",
                                CelOverloadDecl.newGlobalOverload("grouped_int", SimpleType.STRING, SimpleType.INT)))
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
