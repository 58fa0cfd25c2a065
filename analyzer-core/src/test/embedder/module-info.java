/**
 * A tiny program that embeds mga as a JPMS module ({@code ModulePathTest} compiles and runs it on
 * the module path). Its Java rule is created by the engine through reflection, so its package is
 * opened to the analyzer.
 */
module dev.mga.embedder {
    requires dev.mga.core;

    opens dev.mga.embedder.rules to dev.mga.core;
}
