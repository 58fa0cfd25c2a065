package dev.mga.cli;

import dev.mga.core.spi.ArtifactType;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mga types}: the artifact types mga recognises. */
@Command(name = "types", mixinStandardHelpOptions = true, description = "List the artifact types mga recognises and the paths it looks for.")
final class TypesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ArtifactType t : common.analyzer().build().artifactTypes()) {
            out.printf("%-24s %s%n%-24s paths: %s%n", t.id(), t.description(), "", String.join(", ", t.pathPatterns()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
