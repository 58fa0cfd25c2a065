package dev.mga.core;

import dev.mga.core.rules.RulePack;

/** What the rule engine's tests need of the builder beyond its public API. */
public final class TestAnalyzers {

    private TestAnalyzers() {
    }

    /** A builder whose analyzer runs exactly this pack instead of the built-in one. */
    @SuppressWarnings("exports") // the tests of the rule engine live in the module
    public static Analyzer.Builder withPack(RulePack pack) {
        return Analyzer.builder().rulePack(pack);
    }
}
