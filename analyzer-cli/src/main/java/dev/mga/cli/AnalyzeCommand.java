package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.ReportFormat;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import dev.mga.core.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mga analyze PATH...}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse must-gathers, sosreports, archives, directories or loose captured files and report the culprits.",
            "",
            "Each input gets one line on standard error: complete, partial (an archive cut or corrupt, a limit hit, "
                    + "entries that could not be read) or nothing recognised (empty, unknown content, not what its name "
                    + "says, unreadable), with the reason. The report says the same at its top, and lists for every rule "
                    + "whether it had anything to judge."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input read; no finding at or above --fail-on (or no --fail-on)",
            "1:with --fail-on LEVEL: a finding at or above LEVEL, or an input read only in part",
            "2:usage error (unknown option, rule, parameter or format; an -o path that cannot be written)",
            "3:an input had nothing mga recognises (empty, unknown, not what its name says, unreadable); wins over 1",
            "4:internal error (a message; MGA_DEBUG=1 shows the stack trace)"})
final class AnalyzeCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("md", "html", "json");

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Inputs: directories, archives (.tar, .tar.gz, .tgz, .tar.xz, .tar.zst, .zip, .gz, nested), single "
                    + "files, or - for standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (its folder must exist); the format follows its extension: .md, .html, .json.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "md (default on standard output), html or json; needed only when -o has another extension.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding at or above LEVEL (info, warning or critical) exists, or when an "
                    + "input was read only in part.")
    String failOn;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Mixin
    ReadingOptions reading;

    @Mixin
    RuleSelectionOptions selection;

    @Mixin
    RuleDirOptions ruleDirs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = failOn == null ? null : severity(failOn);
        Output.check(output);
        ReportFormat renderer = ReportFormat.of(format(format, output));
        PrintWriter err = spec.commandLine().getErr();
        long stdin = inputs.stream().filter(p -> p.toString().equals("-")).count();
        if (stdin > 1) {
            throw new MgaCommand.UsageException("- (standard input) can be given once");
        }
        for (Path p : inputs) {
            if (!p.toString().equals("-") && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                err.println("mga: " + p + ": no such file or directory");
            }
        }
        Analyzer.Builder builder = selection.apply(ruleDirs.apply(reading.apply(Analyzer.builder())));
        ProgressBar bar = noProgress ? null : ProgressBar.forTerminal(err);
        if (bar != null) {
            builder.progress(bar);
        }
        Analyzer analyzer;
        try {
            analyzer = builder.build();
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException(e.getMessage());
        }
        List<Analyzer.Input> in = inputs.stream().map(p -> p.toString().equals("-")
                ? Analyzer.Input.of("-", System.in, -1) : Analyzer.Input.of(p)).toList();
        Report report = analyzer.analyzeInputs(in);
        if (bar != null) {
            bar.finish();
        }
        Output.write(spec.commandLine(), output, w -> renderer.write(report, w));
        for (InputSummary s : report.inputs()) {
            err.println(statusLine(report, s));
        }
        err.flush();
        return exitCode(report, threshold);
    }

    /**
     * The exit code: 3 when an input had nothing mga recognises; else, with {@code --fail-on}, 1
     * when a finding reaches the level or an input was read only in part; else 0.
     */
    static int exitCode(Report report, Severity threshold) {
        if (report.anythingUnrecognised()) {
            return ExitCodes.NO_INPUT;
        }
        if (threshold != null && (report.anythingPartial()
                || report.highestSeverity().map(s -> s.atLeast(threshold)).orElse(false))) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    /** {@code mga: must-gather.tar.gz: complete; 3 findings (1 critical); 5 of 28 rules had something to judge}. */
    static String statusLine(Report report, InputSummary s) {
        Completeness c = s.completeness();
        StringBuilder line = new StringBuilder("mga: ").append(s.name()).append(": ").append(c.status().label());
        if (!c.isComplete()) {
            line.append(" (").append(String.join("; ", c.reasons())).append(')');
        }
        var findings = report.findingsOf(s.name());
        List<RuleCoverage> coverage = report.coverageOf(s.name());
        line.append("; ").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        long critical = findings.stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        if (critical > 0) {
            line.append(" (").append(critical).append(" critical)");
        }
        line.append("; ").append(coverage.stream().filter(RuleCoverage::evaluated).count()).append(" of ")
                .append(coverage.size()).append(" rules had something to judge");
        return line.toString();
    }

    /** The format from -f, else from the -o file's extension, else Markdown on standard output. */
    static String format(String format, Path output) {
        String fromFlag = null;
        if (format != null) {
            fromFlag = switch (format.toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> "md";
                case "html", "htm" -> "html";
                case "json" -> "json";
                default -> throw new MgaCommand.UsageException("unknown report format '" + format + "' (-f takes md, html or json)");
            };
        }
        if (output == null) {
            return fromFlag == null ? "md" : fromFlag;
        }
        String raw = output.toString();
        String lower = raw.toLowerCase(Locale.ROOT);
        if (List.of("md", "markdown", "html", "htm", "json").contains(lower)) {
            throw new MgaCommand.UsageException("-o takes a file name, not a format: to write JSON use -f json, or -o report."
                    + (lower.startsWith("htm") ? "html" : lower.startsWith("m") ? "md" : lower));
        }
        String name = output.getFileName() == null ? raw : output.getFileName().toString().toLowerCase(Locale.ROOT);
        String fromName = name.endsWith(".md") || name.endsWith(".markdown") ? "md"
                : name.endsWith(".html") || name.endsWith(".htm") ? "html" : name.endsWith(".json") ? "json" : null;
        if (fromFlag == null && fromName == null) {
            throw new MgaCommand.UsageException("cannot tell the report format from '" + raw + "': name it .md, .html or .json, "
                    + "or add -f md|html|json");
        }
        if (fromFlag != null && fromName != null && !fromFlag.equals(fromName)) {
            throw new MgaCommand.UsageException("-f " + format + " but -o " + raw + " says " + fromName + ": drop -f or rename the file");
        }
        return fromFlag != null ? fromFlag : fromName;
    }

    static Severity severity(String s) {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException("--fail-on takes info, warning or critical, not '" + s + "'");
        }
    }
}
