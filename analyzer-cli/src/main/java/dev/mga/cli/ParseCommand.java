package dev.mga.cli;

import dev.mga.core.Analyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mga parse FILE}: the typed model as JSON, to see what mga read. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the typed model parsed from FILE (or every recognised file of an archive or directory) as JSON.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A captured file, archive or directory.")
    Path file;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "Parse as this artifact type (see 'mga types') instead of detecting it.")
    String type;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    ReadingOptions reading;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Output.check(output);
        Analyzer analyzer;
        try {
            analyzer = reading.apply(Analyzer.builder()).build();
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException(e.getMessage());
        }
        Analyzer.ParseResult result = analyzer.parse(file, type);
        Output.write(spec.commandLine(), output, w -> result.writeJson(file.toString(), w));
        return result.artifacts().isEmpty() && result.records().isEmpty() ? ExitCodes.NO_INPUT : ExitCodes.OK;
    }
}
