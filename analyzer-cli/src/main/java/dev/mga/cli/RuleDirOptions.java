package dev.mga.cli;

import dev.mga.core.Analyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the user's own rule files, for the commands that run or list rules. */
final class RuleDirOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "Also load the rule YAML files under DIR.")
    List<Path> ruleDirs = new ArrayList<>();

    Analyzer.Builder apply(Analyzer.Builder b) {
        ruleDirs.forEach(b::addRuleDirectory);
        return b;
    }
}
