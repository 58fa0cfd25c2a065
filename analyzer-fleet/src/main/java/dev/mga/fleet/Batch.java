package dev.mga.fleet;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses many inputs on one machine, each on its own and several at once, writing one report
 * per input and the fleet view ({@code fleet.json}, {@code fleet.md}, {@code fleet.html}) into
 * one folder. An input whose reports are current (same size and modification time, or same
 * content hash, same settings) is not analysed again unless forced.
 */
public final class Batch {

    /** Renders one input's report in one format (the CLI passes its report renderers). */
    public interface ReportWriter {
        void write(Report report, String format, Writer out) throws IOException;
    }

    /** Hears what the batch does, from its worker threads: implementations must be thread-safe. */
    public interface Listener {
        default void planned(List<BatchPlan.Item> toAnalyse, List<BatchPlan.Item> current) {
        }

        default void finished(BatchPlan.Item item, FleetInput result) {
        }
    }

    /** What a batch did: the fleet it wrote, and how many inputs it analysed or found current. */
    public record Result(Fleet fleet, Map<String, FleetInput> byInput, int analysed, int current) {
    }

    /**
     * @param settings what the reports depend on besides the inputs (version, limits, options,
     *                 rules): reports made with other settings are not current
     */
    public record Settings(Path outputDir, List<String> formats, int parallel, boolean force, String settings) {
        public Settings {
            formats = List.copyOf(formats);
            if (parallel < 1) {
                throw new IllegalArgumentException("parallel must be at least 1");
            }
        }
    }

    private final Analyzer analyzer;
    private final Settings settings;
    private final ReportWriter writer;
    private final Listener listener;

    public Batch(Analyzer analyzer, Settings settings, ReportWriter writer, Listener listener) {
        this.analyzer = analyzer;
        this.settings = settings;
        this.writer = writer;
        this.listener = listener;
    }

    public Result run(List<BatchPlan.Item> items) throws IOException, InterruptedException {
        Path out = settings.outputDir();
        Files.createDirectories(out);
        BatchState state = new BatchState(out);
        Map<String, FleetInput> results = new ConcurrentHashMap<>();
        List<BatchPlan.Item> todo = new ArrayList<>();
        List<BatchPlan.Item> current = new ArrayList<>();
        for (BatchPlan.Item item : items) {
            Optional<FleetInput> known = settings.force() ? Optional.empty()
                    : state.current(item, settings.settings(), settings.formats(), reports(item));
            if (known.isPresent()) {
                results.put(item.name(), known.get().renamed(item.name()));
                current.add(item);
            } else {
                todo.add(item);
            }
        }
        todo.sort(BatchPlan.largestFirst());
        listener.planned(List.copyOf(todo), List.copyOf(current));
        current.forEach(i -> listener.finished(i, results.get(i.name())));
        analyse(todo, state, results);
        List<FleetInput> ordered = items.stream().map(i -> results.get(i.name())).toList();
        Fleet fleet = Fleet.of(Fleet.rulesOf(analyzer), ordered, Instant.now());
        writeFleet(fleet, items);
        Map<String, FleetInput> byInput = new LinkedHashMap<>();
        ordered.forEach(r -> byInput.put(r.input(), r));
        return new Result(fleet, byInput, todo.size(), current.size());
    }

    private void analyse(List<BatchPlan.Item> todo, BatchState state, Map<String, FleetInput> results)
            throws IOException, InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), Math.max(1, todo.size())), r -> {
            Thread t = new Thread(r, "mga-batch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (BatchPlan.Item item : todo) {
                running.add(pool.submit(() -> {
                    FleetInput r = analyseOne(item, state);
                    results.put(item.name(), r);
                    listener.finished(item, r);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Analyses one input exactly as {@code mga analyze} does, and writes its reports and state. */
    private FleetInput analyseOne(BatchPlan.Item item, BatchState state) {
        BatchState.Stamp before = BatchState.observe(item.path(), null, settings.settings(), settings.formats());
        Report report = analyzer.analyze(Path.of(item.name()));
        FleetInput result = FleetInput.of(report);
        try {
            for (String format : settings.formats()) {
                atomically(report(item, format), w -> writer.write(report, format, w));
            }
            String sha = Files.isRegularFile(item.path()) ? BatchState.sha256(item.path()) : null;
            BatchState.Stamp stamp = new BatchState.Stamp(before.input(), before.size(), before.mtime(), before.files(), sha,
                    before.settings(), before.formats());
            state.remember(item, stamp, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private void writeFleet(Fleet fleet, List<BatchPlan.Item> items) throws IOException {
        Map<String, BatchPlan.Item> byName = new LinkedHashMap<>();
        items.forEach(i -> byName.put(i.name(), i));
        Path out = settings.outputDir();
        atomically(out.resolve("fleet.json"), w -> FleetJson.write(fleet, w));
        atomically(out.resolve("fleet.md"), w -> new FleetMarkdown(link(byName, "md", "html", "json")).render(fleet, w));
        atomically(out.resolve("fleet.html"), w -> new FleetHtml(link(byName, "html", "md", "json")).render(fleet, w));
    }

    private java.util.function.Function<String, String> link(Map<String, BatchPlan.Item> byName, String... preferred) {
        return name -> {
            BatchPlan.Item item = byName.get(name);
            if (item == null) {
                return null;
            }
            for (String f : preferred) {
                if (settings.formats().contains(f)) {
                    return item.stem() + "." + f;
                }
            }
            return null;
        };
    }

    /** The report files of one input, in the output folder. */
    public List<Path> reports(BatchPlan.Item item) {
        return settings.formats().stream().map(f -> report(item, f)).toList();
    }

    private Path report(BatchPlan.Item item, String format) {
        return settings.outputDir().resolve(item.stem() + "." + format);
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes next to the target and moves it in place: an interrupted batch never leaves half a report. */
    private static void atomically(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            body.write(w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
