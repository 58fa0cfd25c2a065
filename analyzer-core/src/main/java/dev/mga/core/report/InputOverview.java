package dev.mga.core.report;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-input figures both human renderers show: findings by severity, artifacts by type and status. */
record InputOverview(InputSummary input, long critical, long warning, long info, long diagnostics,
                     Map<String, long[]> byType) {

    static final int PARSED = 0;
    static final int FAILED = 1;

    static InputOverview of(Report report, InputSummary input) {
        List<Finding> findings = report.findingsOf(input.name());
        Map<String, long[]> byType = new TreeMap<>();
        for (Artifact a : report.artifactsOf(input.name())) {
            if (a.status() == ArtifactStatus.PARSED || a.status() == ArtifactStatus.FAILED) {
                long[] c = byType.computeIfAbsent(a.type(), k -> new long[2]);
                c[a.status() == ArtifactStatus.PARSED ? PARSED : FAILED]++;
            }
        }
        return new InputOverview(input, count(findings, Severity.CRITICAL), count(findings, Severity.WARNING),
                count(findings, Severity.INFO), report.diagnosticsOf(input.name()).size(), byType);
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
