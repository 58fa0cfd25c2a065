package dev.mga.fleet;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import dev.mga.core.model.Severity;
import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the fleet view keeps of one input's analysis: how completely it was read, what it is,
 * which rules had something to judge, and its findings. Made from a single-input {@link Report}
 * by {@link #of}, on whichever machine analysed it (a {@code mga batch} worker, a Spark executor),
 * and small enough to ship to the one place that aggregates them ({@link Fleet#of}).
 *
 * @param input           the input's name (a path, or a URI on a distributed file system)
 * @param status          complete, partial or nothing recognised, as the report says
 * @param reason          why it is not complete (the report's reasons); empty when it is
 * @param kind            {@code archive}, {@code directory} or {@code file}
 * @param bytes           uncompressed bytes read
 * @param entries         file entries seen
 * @param parsed          entries parsed
 * @param failed          entries recognised but not parsed
 * @param skipped         entries skipped (links, limits)
 * @param unknown         entries not recognised
 * @param diagnosticCount all diagnostics of the input
 * @param diagnostics     the first {@value #DIAGNOSTICS_KEPT} of them, as {@code path:line: message}
 * @param capture         what the capture says about itself
 * @param coverage        every rule's outcome on this input, rule id → {@code fired}, {@code quiet},
 *                        {@code not-evaluated}, {@code disabled}, {@code failed}
 * @param findings        every finding, in the report's order
 */
@JsonPropertyOrder({"input", "status", "reason", "kind", "bytes", "entries", "parsed", "failed", "skipped", "unknown",
    "diagnosticCount", "diagnostics", "capture", "coverage", "findings"})
public record FleetInput(String input, Completeness.Status status, String reason, String kind, long bytes, long entries,
                         long parsed, long failed, long skipped, long unknown, long diagnosticCount,
                         List<String> diagnostics, Capture capture, Map<String, String> coverage,
                         List<FleetFinding> findings) implements Serializable {

    private static final long serialVersionUID = 2L;
    /** Diagnostics kept per input: enough to tell why it is partial, bounded whatever the capture. */
    public static final int DIAGNOSTICS_KEPT = 20;

    public FleetInput {
        reason = reason == null ? "" : reason;
        diagnostics = List.copyOf(diagnostics);
        capture = capture == null ? Capture.NONE : capture;
        coverage = Collections.unmodifiableMap(new TreeMap<>(coverage == null ? Map.of() : coverage));
        findings = List.copyOf(findings);
    }

    /**
     * What a capture says about itself (empty strings and 0 when it does not say).
     *
     * @param capturedAt     when it was taken, ISO 8601 as the capture printed it
     * @param clusterId      the ClusterVersion's cluster id
     * @param clusterVersion the version the cluster last completed
     * @param platform       the Infrastructure's platform
     * @param nodes          Node objects in the capture
     */
    @JsonPropertyOrder({"capturedAt", "clusterId", "clusterVersion", "platform", "nodes"})
    public record Capture(String capturedAt, String clusterId, String clusterVersion, String platform, long nodes)
            implements Serializable {
        private static final long serialVersionUID = 1L;
        static final Capture NONE = new Capture("", "", "", "", 0);

        static Capture of(CaptureFacts f) {
            return f == null ? NONE : new Capture(f.capturedAt(), f.clusterId(), f.clusterVersion(), f.platform(), f.nodes());
        }
    }

    /**
     * The fleet view of a report made for exactly one input ({@code Analyzer.analyze(path)} or
     * {@code Analyzer.analyze(name, stream, size)}).
     *
     * @throws IllegalArgumentException when the report covers several inputs or none
     */
    public static FleetInput of(Report report) {
        if (report.inputs().size() != 1) {
            throw new IllegalArgumentException("a fleet input is made from a one-input report; this one has "
                    + report.inputs().size());
        }
        InputSummary s = report.inputs().get(0);
        Completeness c = s.completeness() == null ? Completeness.complete() : s.completeness();
        List<String> diags = report.diagnostics().stream().limit(DIAGNOSTICS_KEPT).map(FleetInput::describe).toList();
        Map<String, String> coverage = new TreeMap<>();
        for (RuleCoverage rc : report.coverage()) {
            coverage.put(rc.ruleId(), rc.status().id());
        }
        return new FleetInput(s.name(), c.status(), String.join("; ", c.reasons()), s.kind(), s.bytesRead(), s.entries(),
                s.parsed(), s.failed(), s.skipped(), s.unknown(), report.diagnostics().size(), diags, Capture.of(s.capture()),
                coverage, report.findings().stream().map(FleetFinding::of).toList());
    }

    /**
     * An input the analyzer could not be given at all (a distributed job could not open it, or it
     * is a kind of thing the job does not read), with the reason as its one diagnostic.
     */
    public static FleetInput unreadable(String input, String kind, String reason) {
        return new FleetInput(input, Completeness.Status.NOTHING_RECOGNISED, reason, kind, 0, 0, 0, 0, 0, 0, 1,
                List.of(reason), Capture.NONE, Map.of(), List.of());
    }

    /** The most severe finding's severity, if any. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(FleetFinding::severity).max(Comparator.naturalOrder());
    }

    /** Findings of one severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Rules that had something to judge in this input (fired or quiet). */
    public long rulesEvaluated() {
        return coverage.values().stream().filter(s -> s.equals("fired") || s.equals("quiet")).count();
    }

    static String describe(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        if (!d.path().isEmpty()) {
            sb.append(d.path());
            if (d.line() > 0) {
                sb.append(':').append(d.line());
            }
            sb.append(": ");
        }
        return sb.append(d.message()).toString();
    }

    /** Copy under another name (a re-run's input named otherwise, tests comparing folders). */
    public FleetInput renamed(String name) {
        return new FleetInput(name, status, reason, kind, bytes, entries, parsed, failed, skipped, unknown,
                diagnosticCount, diagnostics, capture, coverage, findings);
    }
}
