package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Artifact;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mga detect PATH}: what would be parsed, and how it was recognised. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "List the entries of PATH that mga recognises, with their type and whether the path or the content told.")
final class DetectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "A directory, archive or file.")
    Path path;

    @Mixin
    ReadingOptions reading;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analyzer analyzer;
        try {
            analyzer = reading.apply(Analyzer.builder()).build();
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException(e.getMessage());
        }
        List<Artifact> found = analyzer.detect(path);
        PrintWriter out = spec.commandLine().getOut();
        // the "how" column is as wide as its longest value ("content, lines 45-49" for a section of a paste)
        int how = Math.max(8, found.stream().mapToInt(a -> a.detectedBy().length()).max().orElse(0));
        String row = "%-22s %-" + how + "s %s%n";
        for (Artifact a : found) {
            if (a.type().isEmpty()) {
                out.printf(row, "(skipped)", "", a.path());
            } else {
                out.printf(row, a.type(), a.detectedBy(), a.path());
            }
        }
        out.printf("%d recognised%n", found.stream().filter(a -> !a.type().isEmpty()).count());
        out.flush();
        return ExitCodes.OK;
    }
}
