package dev.mga.core;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Limits;
import dev.mga.core.model.ProgressListener;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import dev.mga.core.model.Tool;
import dev.mga.core.parse.ArtifactDispatcher;
import dev.mga.core.parse.ParsePool;
import dev.mga.core.rules.HostRedactor;
import dev.mga.core.rules.Redactor;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.rules.RulePack;
import dev.mga.core.rules.RuleSettings;
import dev.mga.core.source.InputReader;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ParserOption;
import dev.mga.core.spi.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point of the library: reads captures (directories, archives, loose files), parses
 * what it recognises into a typed model, runs the rule pack and returns a {@link Report}.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.builder().limits(Limits.defaults()).build();
 * Report report = analyzer.analyze(Path.of("must-gather.tar.gz"));
 * report.inputs().forEach(i -> System.out.println(i.name() + ": " + i.completeness().status()));
 * List<SlabCallSite> sites = report.model(report.inputs().get(0)).all(SlabCallSite.class);
 * }</pre>
 *
 * <p>A report says, for each input, how completely it was read ({@link InputSummary#completeness()})
 * and, for each rule, whether it had anything to judge ({@link Report#coverage()}): an input
 * without findings is an all-clear only when it is complete and the rules that matter were
 * evaluated.
 *
 * <p>An analyzer is immutable and thread-safe: one instance may analyse many inputs from many
 * threads. It never prints, never exits, and one broken file never costs the rest of the report.
 */
public final class Analyzer {

    /** What {@link Builder#redact} can hide besides credentials (which are always redacted). */
    public enum Redaction {
        /** node, host and domain names: replaced by {@code host-1}, {@code host-2} ... consistently within a report */
        HOSTS,
        /** IPv4 and IPv6 addresses: replaced by {@code ip-1}, {@code ip-2} ... consistently within a report */
        IPS
    }

    private final Limits limits;
    private final ArtifactTypes types;
    private final RulePack rules;
    private final RuleEngine engine;
    private final Map<String, String> options;
    private final ProgressListener progress;
    private final Clock clock;
    private final Set<Redaction> redaction;
    private final int parseWorkers;
    private final long wholeEntryBytes;

    private Analyzer(Builder b) {
        this.limits = b.limits;
        this.types = ArtifactTypes.discover();
        this.options = checkedOptions(types, b.options);
        RulePack pack = b.rules != null ? b.rules : RulePack.load(b.ruleDirs);
        this.rules = pack.configured(new RuleSettings(b.disabled, b.only, b.params));
        this.engine = new RuleEngine(rules);
        this.progress = b.progress;
        this.clock = b.clock;
        this.redaction = b.redaction.isEmpty() ? Set.of() : Set.copyOf(b.redaction);
        this.parseWorkers = b.parseWorkers;
        this.wholeEntryBytes = b.wholeEntryBytes;
    }

    /** @return a builder with the defaults: {@link Limits#defaults()}, the built-in rule pack, every family */
    public static Builder builder() {
        return new Builder();
    }

    /** One input to analyse: a path (directory, archive, file) or a stream (an upload, a pipe). */
    public static final class Input {
        private final String name;
        private final Path path;
        private final InputStream stream;
        private final long size;

        private Input(String name, Path path, InputStream stream, long size) {
            this.name = name;
            this.path = path;
            this.stream = stream;
            this.size = size;
        }

        /**
         * @param path a directory, an archive or a single file
         * @return the input, named by the path as given
         */
        public static Input of(Path path) {
            return new Input(path.toString(), path, null, -1);
        }

        /**
         * A stream: an archive or a single file, as its bytes say. It is read, not closed.
         *
         * @param name   the name the report gives the input
         * @param stream the bytes
         * @param size   the number of bytes, or -1 when unknown
         * @return the input
         */
        public static Input of(String name, InputStream stream, long size) {
            return new Input(Objects.requireNonNull(name), null, Objects.requireNonNull(stream), size);
        }

        /** @return the name the report gives this input */
        public String name() {
            return name;
        }
    }

    /**
     * Analyses each input on its own (rules never mix captures) and returns one report for all.
     *
     * @param inputs directories, archives or single files
     * @return the report
     */
    public Report analyze(Path... inputs) {
        return analyze(List.of(inputs));
    }

    /**
     * Analyses each input on its own (rules never mix captures) and returns one report for all.
     *
     * @param inputs directories, archives or single files
     * @return the report
     */
    public Report analyze(List<Path> inputs) {
        return analyzeInputs(inputs.stream().map(Input::of).toList());
    }

    /**
     * Analyses a capture that arrives as a stream (an upload, a pipe) rather than a file: an
     * archive or a single file, as its bytes say.
     *
     * @param name   the name the report gives the input
     * @param stream the bytes; read, not closed
     * @param size   the number of bytes, or -1 when unknown
     * @return the report
     */
    public Report analyze(String name, InputStream stream, long size) {
        return analyzeInputs(List.of(Input.of(name, stream, size)));
    }

    /**
     * Analyses paths and streams together, each on its own, into one report. With more than one
     * parser worker ({@link Builder#parseWorkers}), the inputs are read side by side and the entries
     * of each are parsed by the workers; the report is the same as with one, in input order.
     *
     * @param inputs the inputs, in the order the report lists them
     * @return the report
     */
    public Report analyzeInputs(List<Input> inputs) {
        List<InputResult> results;
        if (parseWorkers <= 1) {
            results = new ArrayList<>();
            for (Input input : inputs) {
                results.add(analyseOne(input, null, progress));
            }
        } else {
            try (ParsePool pool = pool()) {
                results = inputs.size() == 1 ? List.of(analyseOne(inputs.get(0), pool, progress)) : analyseSideBySide(inputs, pool);
            }
        }
        ReportBuilder report = new ReportBuilder();
        results.forEach(report::add);
        Report built = report.build(clock);
        return redaction.isEmpty() ? built
                : HostRedactor.apply(built, redaction.contains(Redaction.HOSTS), redaction.contains(Redaction.IPS));
    }

    /** The parser workers of one analysis; memory in flight sized to the heap. */
    private ParsePool pool() {
        long inFlight = ParsePool.inFlightFor(Runtime.getRuntime().maxMemory());
        long whole = wholeEntryBytes >= 0 ? Math.min(wholeEntryBytes, inFlight - 4096) : ParsePool.wholeEntryFor(inFlight);
        return new ParsePool(parseWorkers, whole, inFlight);
    }

    /** Reads, parses and judges one input; the rules run on its own model. */
    private InputResult analyseOne(Input input, ParsePool pool, ProgressListener listener) {
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(input.name, types, options, limits.maxLineLength(), null, false, pool);
        InputReader reader = new InputReader(input.name, limits, listener, dispatcher);
        InputReader.Outcome outcome = input.path != null ? reader.read(input.path) : reader.read(input.name, input.stream, input.size);
        dispatcher.finish();
        return judge(input.name, outcome, dispatcher);
    }

    private InputResult judge(String name, InputReader.Outcome outcome, ArtifactDispatcher dispatcher) {
        CaptureModel model = dispatcher.model();
        List<Diagnostic> diags = new ArrayList<>(dispatcher.diagnostics());
        RuleEngine.Evaluation evaluation = engine.evaluate(model, diags, parsedPerFamily(dispatcher.artifacts()));
        return new InputResult(name, InputSummaries.of(name, outcome, dispatcher, model), dispatcher.artifacts(), evaluation,
                diags, model);
    }

    /**
     * Several inputs at once, on up to {@link #parseWorkers} threads of their own, sharing the
     * parser workers; results in input order. Interrupted, the inputs being read stop as a single
     * one would, and those not started yet are reported as not read.
     */
    private List<InputResult> analyseSideBySide(List<Input> inputs, ParsePool pool) {
        Object lock = new Object();
        ProgressListener serial = (input, done, total) -> {
            synchronized (lock) {
                progress.progress(input, done, total);
            }
        };
        AtomicInteger n = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(parseWorkers, inputs.size()), r -> {
            Thread t = new Thread(r, "mga-input-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<InputResult>> futures = new ArrayList<>();
        boolean interrupted = false;
        try {
            for (Input input : inputs) {
                futures.add(readers.submit(() -> analyseOne(input, pool, serial)));
            }
            List<InputResult> results = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Future<InputResult> f = futures.get(i);
                while (true) {
                    try {
                        results.add(f.get());
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        // stop the inputs being read (as an interrupted single input stops), skip the rest
                        for (Runnable never : readers.shutdownNow()) {
                            ((Future<?>) never).cancel(false);
                        }
                    } catch (CancellationException e) {
                        results.add(notRead(inputs.get(i)));
                        break;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        if (e.getCause() instanceof Error err) {
                            throw err;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
            return results;
        } finally {
            readers.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private InputResult notRead(Input input) {
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(input.name, types, options, limits.maxLineLength(), null, false);
        String reason = "analysis interrupted before this input was read";
        dispatcher.diagnostic(new Diagnostic(input.name, "", 0, reason));
        InputReader.Outcome outcome = new InputReader.Outcome("file", false, 0, 0, List.of(new InputReader.Gap("", reason)), 1);
        return judge(input.name, outcome, dispatcher);
    }

    /** What one input gave, before the report gathers it with the others. */
    private record InputResult(String name, InputSummary summary, List<Artifact> artifacts, RuleEngine.Evaluation evaluation,
                               List<Diagnostic> diagnostics, CaptureModel model) {
    }

    /** Gathers the inputs' results, in input order. */
    private static final class ReportBuilder {
        private final List<InputSummary> summaries = new ArrayList<>();
        private final List<Artifact> artifacts = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<RuleCoverage> coverage = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final Map<String, CaptureModel> models = new LinkedHashMap<>();

        void add(InputResult r) {
            findings.addAll(r.evaluation().findings());
            coverage.addAll(r.evaluation().coverage());
            artifacts.addAll(r.artifacts().stream().map(Analyzer::redacted).toList());
            r.diagnostics().forEach(d -> diagnostics.add(redacted(d)));
            summaries.add(r.summary());
            models.putIfAbsent(r.name(), r.model());
        }

        Report build(Clock clock) {
            return new Report(Tool.current(), clock.instant(), summaries, artifacts, findings, coverage, diagnostics, models);
        }
    }

    private static Map<String, Long> parsedPerFamily(List<Artifact> artifacts) {
        Map<String, Long> out = new TreeMap<>();
        for (Artifact a : artifacts) {
            if (a.status() == ArtifactStatus.PARSED && a.type().indexOf('.') > 0) {
                out.merge(a.type().substring(0, a.type().indexOf('.')), 1L, Long::sum);
            }
        }
        return out;
    }

    /**
     * Recognises the entries of an input without parsing them ({@code mga detect}).
     *
     * @param input a directory, an archive or a single file
     * @return every entry read, with its type and how it was recognised; skipped entries have an empty type
     */
    public List<Artifact> detect(Path input) {
        String name = input.toString();
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), null, true);
        new InputReader(name, limits, progress, dispatcher).read(input);
        return dispatcher.artifacts();
    }

    /**
     * Parses an input (usually one file) into its model records, detecting each entry's type or
     * forcing {@code typeId} on all of them when it is not null ({@code mga parse}).
     *
     * @param input  a directory, an archive or a single file
     * @param typeId an artifact type id ({@link #artifactTypes()}), or null to detect each entry's type
     * @return the records, the inventory and the diagnostics
     * @throws IllegalArgumentException for an unknown type id
     */
    public ParseResult parse(Path input, String typeId) {
        ArtifactType forced = null;
        if (typeId != null) {
            forced = types.byId(typeId).orElseThrow(() -> new IllegalArgumentException("unknown artifact type '" + typeId
                    + "' (known: " + String.join(", ", types.all().stream().map(ArtifactType::id).toList()) + ")"));
        }
        String name = input.toString();
        ParsePool pool = parseWorkers > 1 ? pool() : null;
        try {
            ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), forced, false, pool);
            new InputReader(name, limits, progress, dispatcher).read(input);
            dispatcher.finish();
            return new ParseResult(dispatcher.model().all(Object.class), dispatcher.artifacts(), dispatcher.diagnostics());
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /**
     * What {@link #parse} returns.
     *
     * @param records     the model records, in the order parsed
     * @param artifacts   the inventory: every entry read, with its type and status
     * @param diagnostics what could not be read, with entry and line
     */
    public record ParseResult(List<Object> records, List<Artifact> artifacts, List<Diagnostic> diagnostics) {

        /**
         * Writes the result as the JSON {@code mga parse} prints: the input's name, the inventory,
         * each record with its type name, and the diagnostics. The writer is not closed.
         *
         * @param input the name to give the input
         * @param out   where to write
         * @throws IOException when the writer fails
         */
        public void writeJson(String input, Writer out) throws IOException {
            ModelJson.write(input, this, out);
        }
    }

    /** @return the rules this analyzer runs (disabled ones included), sorted by id */
    public List<RuleDescription> rules() {
        return rules.definitions().stream().map(RuleDescription::new).toList();
    }

    /** @return the artifact types this analyzer recognises, sorted by id */
    public List<ArtifactType> artifactTypes() {
        return types.all();
    }

    /** @return the parser options the artifact families declare ({@code --option KEY=VALUE}), sorted by key */
    public List<ParserOption> parserOptions() {
        return types.options();
    }

    /** @return the limits every input is read within */
    public Limits limits() {
        return limits;
    }

    private static Map<String, String> checkedOptions(ArtifactTypes types, Map<String, String> options) {
        Map<String, ParserOption> known = new LinkedHashMap<>();
        types.options().forEach(o -> known.put(o.key(), o));
        for (Map.Entry<String, String> e : options.entrySet()) {
            ParserOption o = known.get(e.getKey());
            if (o == null) {
                throw new IllegalArgumentException("unknown option '" + e.getKey() + "' (known: "
                        + (known.isEmpty() ? "none" : String.join(", ", known.keySet())) + ")");
            }
            if (!o.accepts(e.getValue())) {
                throw new IllegalArgumentException("option " + o.key() + " takes a value like " + o.example() + " ("
                        + o.description() + "), not '" + e.getValue() + "'");
            }
        }
        return Map.copyOf(options);
    }

    private static Diagnostic redacted(Diagnostic d) {
        return new Diagnostic(d.input(), d.path(), d.line(), Redactor.redact(d.message()));
    }

    private static Artifact redacted(Artifact a) {
        return new Artifact(a.input(), a.path(), a.type(), a.detectedBy(), a.status(), a.records(),
                a.diagnostics().stream().map(Analyzer::redacted).toList());
    }

    /** Configures an {@link Analyzer}; every setting has a safe default. */
    public static final class Builder {
        private Limits limits = Limits.defaults();
        private RulePack rules;
        private final List<Path> ruleDirs = new ArrayList<>();
        private final Map<String, String> options = new LinkedHashMap<>();
        private ProgressListener progress = ProgressListener.NONE;
        private Clock clock = Clock.systemUTC();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> only = new LinkedHashSet<>();
        private final Map<String, Map<String, String>> params = new LinkedHashMap<>();
        private final Set<Redaction> redaction = EnumSet.noneOf(Redaction.class);
        private int parseWorkers = Runtime.getRuntime().availableProcessors();
        private long wholeEntryBytes = -1;

        private Builder() {
        }

        /**
         * Threads that parse entries (default: the processors available). With 1, every entry is
         * parsed in turn on the thread that reads the input, and several inputs one after another;
         * with more, entries up to 8 MiB (at most 64 MiB of them in flight, an eighth of the heap
         * under a small one) are read whole and parsed by workers, larger ones stream through the
         * reading thread, and inputs are read side by side. The report is the same either way.
         *
         * @param n the number of parser workers, at least 1
         * @return this builder
         */
        public Builder parseWorkers(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("parse workers must be at least 1, not " + n);
            }
            this.parseWorkers = n;
            return this;
        }

        /** The largest entry handed to a worker whole (tests: make large entries of small fixtures). */
        Builder wholeEntryBytes(long bytes) {
            this.wholeEntryBytes = bytes;
            return this;
        }

        /**
         * @param l the limits every input is read within (default {@link Limits#defaults()})
         * @return this builder
         */
        public Builder limits(Limits l) {
            this.limits = Objects.requireNonNull(l);
            return this;
        }

        /**
         * Adds the rule YAML files found under a folder to the built-in pack; {@link #build()}
         * checks them.
         *
         * @param dir a folder of {@code .yaml} rule files (searched recursively)
         * @return this builder
         */
        public Builder addRuleDirectory(Path dir) {
            ruleDirs.add(dir);
            return this;
        }

        /** Replaces the rule pack altogether (tests of the rule engine). */
        Builder rulePack(RulePack pack) {
            this.rules = pack;
            return this;
        }

        /**
         * A parser option, e.g. {@code slab.cache=kmalloc-32} for a listing whose path does not name
         * its cache. {@link #build()} refuses a key no family declares (see {@link Analyzer#parserOptions()}).
         *
         * @param key   the option's key
         * @param value its value, as text
         * @return this builder
         */
        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        /**
         * @param listener told of the bytes and entries read as the analysis goes (a progress bar)
         * @return this builder
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * @param c the clock that dates reports ({@link Report#generatedAt()}); fix it for reproducible reports
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /**
         * Does not run this rule; the report lists it as disabled.
         *
         * @param ruleId the rule's id
         * @return this builder
         */
        public Builder disableRule(String ruleId) {
            disabled.add(ruleId);
            return this;
        }

        /**
         * Runs only the rules named here; may be called several times.
         *
         * @param ruleOrFamily a rule id, or a family ({@code etcd})
         * @return this builder
         */
        public Builder onlyRules(String ruleOrFamily) {
            only.add(ruleOrFamily);
            return this;
        }

        /**
         * Re-tunes a rule's threshold, given as text and read as the type of the value in the rule
         * file ({@code ruleParam("etcd.fragmentation", "minFragmentedShare", "0.6")}).
         *
         * @param ruleId the rule's id
         * @param param  the parameter's name
         * @param value  the new value, as text ({@code 80%}, {@code 8Gi}, {@code 15m})
         * @return this builder
         */
        public Builder ruleParam(String ruleId, String param, String value) {
            params.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(param, value);
            return this;
        }

        /**
         * Also hides host names and/or addresses behind consistent pseudonyms, for a report that
         * leaves the organisation.
         *
         * @param what what to hide
         * @return this builder
         */
        public Builder redact(Redaction what) {
            redaction.add(Objects.requireNonNull(what));
            return this;
        }

        /**
         * @return the analyzer, with its rule pack loaded and checked
         * @throws RulePackException when a rule file is invalid
         * @throws IllegalArgumentException for an unknown option key or value, rule, family or rule parameter
         */
        public Analyzer build() {
            return new Analyzer(this);
        }
    }
}
