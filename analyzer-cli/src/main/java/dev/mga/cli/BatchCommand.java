package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.ReportFormat;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.Severity;
import dev.mga.core.model.Tool;
import dev.mga.fleet.Batch;
import dev.mga.fleet.BatchPlan;
import dev.mga.fleet.FleetInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mga batch INPUT... --output DIR}: many captures, each analysed on its own, and the fleet view. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse many captures, each on its own and several at once: one report per input in DIR, "
                + "and DIR/fleet.json, fleet.md and fleet.html (per rule the inputs where it fired; inputs partial or "
                + "unreadable; totals; schema: docs/fleet.schema.json).",
            "A re-run skips inputs whose reports are current (same size and modification time, or same content hash, "
                + "same settings) unless --force. Each input gets one line on standard error, as with mga analyze."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input read; no finding at or above --fail-on (or no --fail-on)",
            "1:with --fail-on LEVEL: an input with a finding at or above LEVEL, or an input read only in part",
            "2:usage error (an input that does not exist, an unknown format or option)",
            "3:an input had nothing mga recognises (empty, unknown, not what its name says, unreadable); wins over 1",
            "4:internal error (a message; MGA_DEBUG=1 shows the stack trace)"})
final class BatchCommand implements Callable<Integer> {

    /** Heap a worker may need: the analyzer bounds each input's memory well under this (hostile tests run in 256 MiB). */
    static final long HEAP_PER_WORKER = 512L << 20;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Archives, directories, a folder of them (a directory holding archives), or @LIST (a file of inputs, one per line).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the reports and the fleet view.")
    Path output;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Per-input report formats: md (default), html, json; several allowed (-f md,json or -f md -f json).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N",
            description = "Inputs analysed at once (default: the cores, at most one per 512 MiB of heap).")
    Integer parallel;

    @Option(names = "--force", description = "Analyse every input again, even when its reports are current.")
    boolean force;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when an input has a finding at or above LEVEL (info, warning or critical), or was "
                    + "read only in part.")
    String failOn;

    @Option(names = "--no-progress", description = "Never show the progress line.")
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
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = failOn == null ? null : AnalyzeCommand.severity(failOn);
        List<String> fmts = formats();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new MgaCommand.UsageException("--output " + output + " is a file; batch writes a folder of reports");
        }
        List<BatchPlan.Item> items;
        try {
            items = BatchPlan.of(inputs, output);
        } catch (NoSuchFileException e) {
            throw new MgaCommand.UsageException(e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
        }
        if (items.isEmpty()) {
            throw new MgaCommand.UsageException("no input to analyse in " + String.join(" ", inputs));
        }
        int workers = workers(err);
        BatchProgress progress = new BatchProgress(err, !noProgress && ProgressBar.forTerminal(err) != null);
        Analyzer analyzer;
        try {
            Analyzer.Builder builder = selection.apply(ruleDirs.apply(reading.apply(Analyzer.builder()))).progress(progress);
            if (reading.workers == null) {
                // the inputs already run side by side: share the processors between them
                builder.parseWorkers(Math.max(1, Runtime.getRuntime().availableProcessors() / workers));
            }
            analyzer = builder.build();
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException(e.getMessage());
        }
        Batch batch = new Batch(analyzer, new Batch.Settings(output, fmts, workers, force, fingerprint(fmts)),
                (report, format, w) -> ReportFormat.of(format).write(report, w), progress);
        Batch.Result result = batch.run(items);
        progress.done(result);
        return exitCode(List.copyOf(result.byInput().values()), threshold);
    }

    /** As {@code mga analyze} decides it, over every input of the batch. */
    static int exitCode(List<FleetInput> all, Severity threshold) {
        if (all.stream().anyMatch(r -> r.status() == Completeness.Status.NOTHING_RECOGNISED)) {
            return ExitCodes.NO_INPUT;
        }
        if (threshold != null && all.stream().anyMatch(r -> r.status() == Completeness.Status.PARTIAL
                || r.highestSeverity().map(s -> s.atLeast(threshold)).orElse(false))) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    private List<String> formats() {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String f : formats.isEmpty() ? List.of("md") : formats) {
            String v = f.trim().toLowerCase(Locale.ROOT);
            if (v.equals("markdown")) {
                v = "md";
            }
            if (!List.of("md", "html", "json").contains(v)) {
                throw new MgaCommand.UsageException("-f takes md, html or json, not '" + f + "'");
            }
            set.add(v);
        }
        return List.copyOf(set);
    }

    /** The cores, but no more workers than the heap holds at {@link #HEAP_PER_WORKER} each. */
    private int workers(PrintWriter err) {
        int byHeap = (int) Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_PER_WORKER);
        if (parallel == null) {
            return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byHeap));
        }
        if (parallel < 1) {
            throw new MgaCommand.UsageException("--parallel takes a number of at least 1");
        }
        if (parallel > byHeap) {
            err.printf(Locale.ROOT, "mga: --parallel %d lowered to %d: the heap (%d MiB) holds %d workers of 512 MiB"
                    + " (raise it with MGA_JAVA_OPTS=-Xmx...)%n", parallel, byHeap, Runtime.getRuntime().maxMemory() >> 20, byHeap);
            return byHeap;
        }
        return parallel;
    }

    /** Everything a report depends on besides its input: a report made otherwise is not current. */
    private String fingerprint(List<String> fmts) {
        List<String> rules = ruleDirs.ruleDirs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        return String.join(";", Tool.current().version(), reading.limits().toString(), new TreeMap<>(reading.options).toString(),
                rules.toString(), selection.fingerprint(), String.join(",", fmts));
    }

}
