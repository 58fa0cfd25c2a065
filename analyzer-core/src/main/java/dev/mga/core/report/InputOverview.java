package dev.mga.core.report;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import dev.mga.core.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What both human renderers show of one input, computed once: findings by severity, rule
 * coverage, artifacts by type, and entries and diagnostics grouped by what happened to them, so
 * that 1,610 symbolic links make one line, not 1,610.
 *
 * @param index       1-based position of the input in the report, for anchors
 * @param findings    the input's findings, most severe first
 * @param coverage    the rules' coverage, fired first, then quiet, then the rest
 * @param byType      parsed and failed artifacts per type
 * @param notParsed   failed and skipped entries, grouped by reason
 * @param diagnostics the input's diagnostics, grouped by message shape
 */
record InputOverview(int index, InputSummary input, List<Finding> findings, long critical, long warning, long info,
                     List<RuleCoverage> coverage, long evaluated, Map<String, long[]> byType,
                     List<Group<Artifact>> notParsed, List<Group<Diagnostic>> diagnostics, long diagnosticCount) {

    static final int PARSED = 0;
    static final int FAILED = 1;
    /** A group this large or larger is shown as one line with a few examples. */
    static final int COLLAPSE = 4;
    static final int EXAMPLES = 3;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b");

    /** Items that share a reason; {@code key} is the reason with its particulars (quoted names, numbers) elided. */
    record Group<T>(String key, List<T> items) {
        boolean collapsed() {
            return items.size() >= COLLAPSE;
        }
    }

    static List<InputOverview> of(Report report) {
        List<InputOverview> out = new ArrayList<>();
        int i = 1;
        for (InputSummary in : report.inputs()) {
            out.add(of(report, in, i++));
        }
        return out;
    }

    static InputOverview of(Report report, InputSummary input, int index) {
        List<Finding> findings = report.findingsOf(input.name());
        Map<String, long[]> byType = new TreeMap<>();
        List<Artifact> notParsed = new ArrayList<>();
        for (Artifact a : report.artifactsOf(input.name())) {
            if (a.status() == ArtifactStatus.PARSED || a.status() == ArtifactStatus.FAILED) {
                long[] c = byType.computeIfAbsent(a.type(), k -> new long[2]);
                c[a.status() == ArtifactStatus.PARSED ? PARSED : FAILED]++;
            }
            if (a.status() == ArtifactStatus.FAILED || a.status() == ArtifactStatus.SKIPPED) {
                notParsed.add(a);
            }
        }
        List<RuleCoverage> coverage = new ArrayList<>(report.coverageOf(input.name()));
        coverage.sort(java.util.Comparator.comparingInt((RuleCoverage c) -> c.status().ordinal())
                .thenComparing(RuleCoverage::ruleId));
        List<Diagnostic> diags = report.diagnosticsOf(input.name());
        return new InputOverview(index, input, findings, count(findings, Severity.CRITICAL), count(findings, Severity.WARNING),
                count(findings, Severity.INFO), coverage, coverage.stream().filter(RuleCoverage::evaluated).count(), byType,
                group(notParsed, a -> (a.status().id() + ": " + (a.type().isEmpty() ? "" : a.type() + ", ")
                        + (a.diagnostics().isEmpty() ? "" : a.diagnostics().get(0).message()))),
                group(diags, Diagnostic::message), diags.size());
    }

    private static <T> List<Group<T>> group(List<T> items, java.util.function.Function<T, String> reason) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(shape(reason.apply(item)), k -> new ArrayList<>()).add(item);
        }
        List<Group<T>> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Group<>(k, List.copyOf(v))));
        return out;
    }

    /** Why an entry was not parsed, its particulars elided, for a group of such entries. */
    static String reason(Artifact a) {
        return a.diagnostics().isEmpty() ? a.status().id() : shape(a.diagnostics().get(0).message());
    }

    /** A message with its particulars elided: {@code symbolic link to '…', not followed}. */
    static String shape(String message) {
        return NUMBER.matcher(QUOTED.matcher(message).replaceAll("'…'")).replaceAll("N");
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    CaptureFacts capture() {
        return input.capture();
    }

    /** An entry path as shown: relative to the capture root, or the input itself for its own diagnostics. */
    String path(String path) {
        return path.isEmpty() ? input.name() : input.capture().relative(path);
    }

    String anchor() {
        return "input-" + index;
    }

    String findingAnchor(int n) {
        return "f-" + index + "-" + n;
    }
}
