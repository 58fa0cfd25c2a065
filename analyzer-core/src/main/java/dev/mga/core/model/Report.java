package dev.mga.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The result of one analysis run over one or more inputs. Every list is flat and each element
 * names its input, so one report serves a single capture as well as a case with several.
 *
 * <p>Besides what the renderers print, a report keeps each input's typed model, so an embedder
 * reads the records the parsers produced without reading the input again:
 *
 * <pre>{@code
 * Report report = analyzer.analyze(Path.of("must-gather.tar.gz"));
 * String input = report.inputs().get(0).name();
 * List<SlabCallSiteListing> listings = report.model(input).all(SlabCallSiteListing.class);
 * }</pre>
 *
 * Immutable; the models are read-only views.
 */
public final class Report {

    private final Tool tool;
    private final Instant generatedAt;
    private final List<InputSummary> inputs;
    private final List<Artifact> artifacts;
    private final List<Finding> findings;
    private final List<RuleCoverage> coverage;
    private final List<Diagnostic> diagnostics;
    private final Map<String, CaptureModel> models;

    /**
     * @param models each input's model, by input name (the names of {@code inputs})
     */
    public Report(Tool tool, Instant generatedAt, List<InputSummary> inputs, List<Artifact> artifacts,
                  List<Finding> findings, List<RuleCoverage> coverage, List<Diagnostic> diagnostics,
                  Map<String, CaptureModel> models) {
        this.tool = tool;
        this.generatedAt = generatedAt;
        this.inputs = List.copyOf(inputs);
        this.artifacts = List.copyOf(artifacts);
        this.findings = List.copyOf(findings);
        this.coverage = List.copyOf(coverage);
        this.diagnostics = List.copyOf(diagnostics);
        this.models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** The analyzer that made the report. */
    public Tool tool() {
        return tool;
    }

    /** When the analysis ran. */
    public Instant generatedAt() {
        return generatedAt;
    }

    /** One summary per input, in the order given: what was read, how completely, what the capture says of itself. */
    public List<InputSummary> inputs() {
        return inputs;
    }

    /** Every recognised, failed or skipped entry of every input. */
    public List<Artifact> artifacts() {
        return artifacts;
    }

    /** The culprits, most severe first within each input. */
    public List<Finding> findings() {
        return findings;
    }

    /** For every input and every rule: evaluated (on how much, with what result) or not, and why. */
    public List<RuleCoverage> coverage() {
        return coverage;
    }

    /** Every problem met while reading, parsing and judging, once each. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The typed model of one input, as the rules saw it: query it by record type, e.g.
     * {@code report.model(name).all(SlabCallSite.class)} or {@code all(KubeNode.class)}.
     *
     * @param input an input's name as in {@link InputSummary#name()}
     * @throws NoSuchElementException when no input of the report has that name
     */
    public CaptureModel model(String input) {
        CaptureModel m = models.get(input);
        if (m == null) {
            throw new NoSuchElementException("no input named '" + input + "' in this report (inputs: "
                    + String.join(", ", models.keySet()) + ")");
        }
        return m;
    }

    /** The model of an input given by its summary. */
    public CaptureModel model(InputSummary input) {
        return model(input.name());
    }

    /** The most severe finding's severity, if any finding exists. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    public List<Finding> findingsOf(String input) {
        return findings.stream().filter(f -> f.input().equals(input)).toList();
    }

    public List<Artifact> artifactsOf(String input) {
        return artifacts.stream().filter(a -> a.input().equals(input)).toList();
    }

    public List<Diagnostic> diagnosticsOf(String input) {
        return diagnostics.stream().filter(d -> d.input().equals(input)).toList();
    }

    public List<RuleCoverage> coverageOf(String input) {
        return coverage.stream().filter(c -> c.input().equals(input)).toList();
    }

    /** True when not a single input could be read. */
    public boolean nothingRead() {
        return inputs.stream().noneMatch(InputSummary::readable);
    }

    /** True when some input had nothing mga recognises (empty, unknown, unreadable). */
    public boolean anythingUnrecognised() {
        return inputs.stream().anyMatch(i -> i.completeness().status() == Completeness.Status.NOTHING_RECOGNISED);
    }

    /** True when some input was read only in part (cut, corrupt, a limit hit, unreadable entries). */
    public boolean anythingPartial() {
        return inputs.stream().anyMatch(i -> i.completeness().status() == Completeness.Status.PARTIAL);
    }
}
