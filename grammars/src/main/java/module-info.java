/**
 * The parsers ANTLR generates from mga's grammars of captured line formats. They are an
 * implementation detail of {@code dev.mga.core}, so each package is exported to it alone: a new
 * grammar package needs its line here before the core can use it.
 */
module dev.mga.grammars {
    requires transitive org.antlr.antlr4.runtime;

    exports dev.mga.grammars.envelope to dev.mga.core;
    exports dev.mga.grammars.klog to dev.mga.core;
    exports dev.mga.grammars.slab to dev.mga.core;
    exports dev.mga.grammars.top to dev.mga.core;
}
