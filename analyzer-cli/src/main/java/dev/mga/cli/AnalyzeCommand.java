package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import dev.mga.core.model.Severity;
import dev.mga.core.report.ReportRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mga analyze PATH...}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse must-gathers, sosreports, archives, directories or loose captured files and report the culprits.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: directories, archives (.tar, .tar.gz, .tgz, .tar.xz, .tar.zst, .zip, .gz, nested) or single files.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "md (default), html or json; taken from the --output file's extension when not given.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding at or above LEVEL (warning or critical) exists.")
    String failOn;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = failOn == null ? null : severity(failOn);
        ReportRenderer renderer = ReportRenderer.forFormat(format());
        for (Path p : inputs) {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                spec.commandLine().getErr().println("mga: " + p + ": no such file or directory");
            }
        }
        Analyzer.Builder builder = common.analyzer();
        ProgressBar bar = noProgress ? null : ProgressBar.forTerminal(spec.commandLine().getErr());
        if (bar != null) {
            builder.progress(bar);
        }
        Report report = builder.build().analyze(inputs);
        if (bar != null) {
            bar.finish();
        }
        Output.write(spec.commandLine(), output, w -> renderer.render(report, w));
        if (report.nothingRead()) {
            spec.commandLine().getErr().println("mga: no input could be read");
            return ExitCodes.NO_INPUT;
        }
        if (threshold != null && report.highestSeverity().map(s -> s.atLeast(threshold)).orElse(false)) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    private String format() {
        if (format != null) {
            return format.toLowerCase(Locale.ROOT);
        }
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return "html";
            }
            if (name.endsWith(".json")) {
                return "json";
            }
        }
        return "md";
    }

    private static Severity severity(String s) {
        try {
            Severity sev = Severity.parse(s);
            if (sev == Severity.INFO) {
                throw new MgaCommand.UsageException("--fail-on takes warning or critical");
            }
            return sev;
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException("--fail-on takes warning or critical, not '" + s + "'");
        }
    }
}
