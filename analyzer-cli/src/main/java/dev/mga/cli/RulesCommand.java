package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.rules.RuleDefinition;
import dev.mga.core.rules.RuleDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mga rules}: the rule pack. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules with id, severity and title; --format md writes the rule documentation (docs/rules.md).")
final class RulesCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default) or md.", defaultValue = "text")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Analyzer analyzer = common.analyzer().build();
        List<RuleDefinition> rules = analyzer.rules();
        String text = switch (format) {
            case "md", "markdown" -> RuleDocs.markdown(rules);
            case "text" -> RuleDocs.table(rules);
            default -> throw new MgaCommand.UsageException("--format takes text or md, not '" + format + "'");
        };
        Output.write(spec.commandLine(), output, w -> w.write(text));
        return ExitCodes.OK;
    }
}
