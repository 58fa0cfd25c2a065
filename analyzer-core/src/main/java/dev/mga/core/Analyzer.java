package dev.mga.core;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Limits;
import dev.mga.core.model.ProgressListener;
import dev.mga.core.model.Report;
import dev.mga.core.model.Tool;
import dev.mga.core.parse.ArtifactDispatcher;
import dev.mga.core.rules.Redactor;
import dev.mga.core.rules.RuleDefinition;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.rules.RulePack;
import dev.mga.core.source.InputReader;
import dev.mga.core.spi.ArtifactType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point of the library: reads captures (directories, archives, loose files), parses
 * what it recognises into a typed model, runs the rule pack and returns a {@link Report}.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.builder().limits(Limits.defaults()).build();
 * Report report = analyzer.analyze(Path.of("must-gather.tar.gz"));
 * }</pre>
 *
 * <p>An analyzer is immutable and thread-safe: one instance may analyse many inputs from many
 * threads. It never prints, never exits, and one broken file never costs the rest of the report.
 */
public final class Analyzer {

    private final Limits limits;
    private final ArtifactTypes types;
    private final RulePack rules;
    private final RuleEngine engine;
    private final Map<String, String> options;
    private final ProgressListener progress;

    private Analyzer(Builder b) {
        this.limits = b.limits;
        this.types = b.types != null ? b.types : ArtifactTypes.discover();
        RulePack pack = b.rules != null ? b.rules : RulePack.load(b.ruleDirs);
        for (String[] p : b.ruleParams) {
            pack = pack.withParam(p[0], p[1], p[2]);
        }
        this.rules = pack;
        this.engine = new RuleEngine(rules);
        this.options = Map.copyOf(b.options);
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Analyses each input on its own (rules never mix captures) and returns one report for all. */
    public Report analyze(Path... inputs) {
        return analyze(List.of(inputs));
    }

    public Report analyze(List<Path> inputs) {
        ReportBuilder report = new ReportBuilder();
        for (Path input : inputs) {
            String name = input.toString();
            ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), null, false);
            report.add(name, new InputReader(name, limits, progress, dispatcher).read(input), dispatcher);
        }
        return report.build();
    }

    /**
     * Analyses a capture that arrives as a stream (an upload, a pipe) rather than a file: an
     * archive or a single file, as its bytes say. {@code size} is -1 when unknown; the stream is
     * not closed.
     */
    public Report analyze(String name, java.io.InputStream stream, long size) {
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), null, false);
        ReportBuilder report = new ReportBuilder();
        report.add(name, new InputReader(name, limits, progress, dispatcher).read(name, stream, size), dispatcher);
        return report.build();
    }

    /** Gathers the inputs' results; the rules run on each input's own model. */
    private final class ReportBuilder {
        private final List<InputSummary> summaries = new ArrayList<>();
        private final List<Artifact> artifacts = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        void add(String name, InputReader.Outcome outcome, ArtifactDispatcher dispatcher) {
            CaptureModel model = dispatcher.model();
            List<Diagnostic> diags = new ArrayList<>(dispatcher.diagnostics());
            findings.addAll(engine.evaluate(model, diags));
            artifacts.addAll(dispatcher.artifacts());
            diags.forEach(d -> diagnostics.add(redacted(d)));
            summaries.add(summary(name, outcome, dispatcher));
        }

        Report build() {
            return new Report(Tool.current(), summaries, artifacts, findings, diagnostics);
        }
    }

    /** Recognises the entries of an input without parsing them. */
    public List<Artifact> detect(Path input) {
        String name = input.toString();
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), null, true);
        new InputReader(name, limits, progress, dispatcher).read(input);
        return dispatcher.artifacts();
    }

    /**
     * Parses an input (usually one file) into its model records, detecting each entry's type or
     * forcing {@code typeId} on all of them when it is not null.
     */
    public ParseResult parse(Path input, String typeId) {
        ArtifactType forced = null;
        if (typeId != null) {
            forced = types.byId(typeId).orElseThrow(() -> new IllegalArgumentException("unknown artifact type '" + typeId
                    + "' (known: " + String.join(", ", types.all().stream().map(ArtifactType::id).toList()) + ")"));
        }
        String name = input.toString();
        ArtifactDispatcher dispatcher = new ArtifactDispatcher(name, types, options, limits.maxLineLength(), forced, false);
        new InputReader(name, limits, progress, dispatcher).read(input);
        return new ParseResult(dispatcher.model().all(Object.class), dispatcher.artifacts(), dispatcher.diagnostics());
    }

    /** What {@link #parse} returns: the model records, the inventory and the diagnostics. */
    public record ParseResult(List<Object> records, List<Artifact> artifacts, List<Diagnostic> diagnostics) {
    }

    /** The rules this analyzer runs, sorted by id. */
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }

    /** The artifact types this analyzer recognises, sorted by id. */
    public List<ArtifactType> artifactTypes() {
        return types.all();
    }

    public Limits limits() {
        return limits;
    }

    private static InputSummary summary(String name, InputReader.Outcome outcome, ArtifactDispatcher d) {
        long parsed = 0;
        long failed = 0;
        long skipped = 0;
        for (Artifact a : d.artifacts()) {
            switch (a.status()) {
                case PARSED -> parsed++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                default -> { }
            }
        }
        return new InputSummary(name, outcome.kind(), outcome.readable(), outcome.bytes(), outcome.entries(),
                parsed, failed, skipped, d.unknownCount(), d.unknownSample());
    }

    private static Diagnostic redacted(Diagnostic d) {
        return new Diagnostic(d.input(), d.path(), d.line(), Redactor.redact(d.message()));
    }

    /** Configures an {@link Analyzer}; every setting has a safe default. */
    public static final class Builder {
        private Limits limits = Limits.defaults();
        private ArtifactTypes types;
        private RulePack rules;
        private final List<Path> ruleDirs = new ArrayList<>();
        private final List<String[]> ruleParams = new ArrayList<>();
        private final Map<String, String> options = new LinkedHashMap<>();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        public Builder limits(Limits l) {
            this.limits = Objects.requireNonNull(l);
            return this;
        }

        /** Adds the rule YAML files found under a folder to the built-in pack. */
        public Builder addRuleDirectory(Path dir) {
            ruleDirs.add(dir);
            return this;
        }

        /** Replaces the rule pack altogether (tests, embedding tools with their own rules). */
        public Builder rulePack(RulePack pack) {
            this.rules = pack;
            return this;
        }

        /**
         * Sets a rule parameter from text ({@code --set RULE.PARAM=VALUE}), checked against the
         * type its rule file declares when the analyzer is built: {@code 80%}, {@code 8Gi},
         * {@code 15m}, {@code a,b} or {@code [a, b]}.
         */
        public Builder ruleParam(String rule, String param, String value) {
            ruleParams.add(new String[] {rule, param, value});
            return this;
        }

        /** Replaces the artifact types found through ServiceLoader. */
        public Builder artifactTypes(ArtifactTypes t) {
            this.types = t;
            return this;
        }

        /** A parser option, e.g. {@code slab.cache=kmalloc-32} for a listing whose path does not name its cache. */
        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * @throws dev.mga.core.rules.RulePackException when a rule file is invalid
         * @throws IllegalArgumentException when a {@link #ruleParam} names no rule or parameter, or
         *         its value is not of the parameter's type
         */
        public Analyzer build() {
            return new Analyzer(this);
        }
    }
}
