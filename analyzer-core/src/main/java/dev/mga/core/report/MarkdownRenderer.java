package dev.mga.core.report;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as Markdown, to attach to a support case: a summary table across inputs, then per
 * input its findings (title, summary, explanation, evidence with entry path and line,
 * remediation, references), its artifact inventory and its diagnostics.
 */
public final class MarkdownRenderer implements ReportRenderer {

    static final int MAX_EVIDENCE = 12;

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# mga report\n\n");
        md.append("Produced by ").append(report.tool().name()).append(' ').append(report.tool().version())
                .append(" from ").append(report.inputs().size()).append(report.inputs().size() == 1 ? " input" : " inputs")
                .append(".\n\n");
        summary(report, md);
        for (InputSummary input : report.inputs()) {
            input(report, input, md);
        }
        List<Diagnostic> global = report.diagnostics().stream()
                .filter(d -> report.inputs().stream().noneMatch(i -> i.name().equals(d.input()))).toList();
        if (!global.isEmpty()) {
            md.append("## Other diagnostics\n\n");
            global.forEach(d -> md.append("- ").append(cell(d.toString())).append('\n'));
        }
        out.write(md.toString());
    }

    private static void summary(Report report, StringBuilder md) {
        md.append("## Summary\n\n");
        md.append("| Input | Critical | Warning | Info | Parsed | Failed | Skipped | Unknown | Diagnostics |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (InputSummary in : report.inputs()) {
            InputOverview o = InputOverview.of(report, in);
            md.append("| ").append(cell(in.name())).append(in.readable() ? "" : " (unreadable)")
                    .append(" | ").append(o.critical()).append(" | ").append(o.warning()).append(" | ").append(o.info())
                    .append(" | ").append(in.parsed()).append(" | ").append(in.failed()).append(" | ").append(in.skipped())
                    .append(" | ").append(in.unknown()).append(" | ").append(o.diagnostics()).append(" |\n");
        }
        md.append('\n');
    }

    private static void input(Report report, InputSummary in, StringBuilder md) {
        md.append("## Input: `").append(in.name()).append("`\n\n");
        md.append("Read as ").append(in.kind()).append(": ").append(in.entries()).append(" entries, ")
                .append(String.format(Locale.ROOT, "%,d", in.bytesRead())).append(" bytes.\n\n");
        List<Finding> findings = report.findingsOf(in.name());
        md.append("### Findings\n\n");
        if (findings.isEmpty()) {
            md.append("No rule found a culprit in this input.\n\n");
        } else {
            md.append("| Severity | Rule | Summary |\n|---|---|---|\n");
            for (Finding f : findings) {
                md.append("| ").append(f.severity().id().toUpperCase(Locale.ROOT)).append(" | `").append(f.ruleId())
                        .append("` | ").append(cell(f.summary())).append(" |\n");
            }
            md.append('\n');
            for (Finding f : findings) {
                finding(f, md);
            }
        }
        inventory(report, in, md);
        List<Diagnostic> diags = report.diagnosticsOf(in.name());
        if (!diags.isEmpty()) {
            md.append("### Diagnostics\n\n");
            for (Diagnostic d : diags) {
                md.append("- `").append(d.path().isEmpty() ? in.name() : d.path()).append(d.line() > 0 ? ":" + d.line() : "")
                        .append("` — ").append(cell(d.message())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void finding(Finding f, StringBuilder md) {
        md.append("#### ").append(f.severity().id().toUpperCase(Locale.ROOT)).append(": ").append(f.title())
                .append(" (`").append(f.ruleId()).append("`)\n\n");
        md.append(f.summary()).append("\n\n");
        md.append("**Why it matters.** ").append(f.explanation()).append("\n\n");
        if (!f.evidence().isEmpty()) {
            md.append("**Evidence**\n\n");
            List<Evidence> shown = f.evidence().subList(0, Math.min(MAX_EVIDENCE, f.evidence().size()));
            for (Evidence e : shown) {
                md.append("- `").append(e.where()).append("`\n");
                if (!e.excerpt().isBlank()) {
                    md.append("  ```text\n");
                    for (String line : e.excerpt().split("\n")) {
                        md.append("  ").append(line.replace("```", "'''")).append('\n');
                    }
                    md.append("  ```\n");
                }
            }
            if (f.evidence().size() > shown.size()) {
                md.append("- … and ").append(f.evidence().size() - shown.size()).append(" more (see the JSON report)\n");
            }
            md.append('\n');
        }
        md.append("**Remediation.** ").append(f.remediation()).append("\n\n");
        if (!f.references().isEmpty()) {
            md.append("**References**\n\n");
            f.references().forEach(r -> md.append("- <").append(r).append(">\n"));
            md.append('\n');
        }
    }

    private static void inventory(Report report, InputSummary in, StringBuilder md) {
        InputOverview o = InputOverview.of(report, in);
        md.append("### Artifacts\n\n");
        if (!o.byType().isEmpty()) {
            md.append("| Type | Parsed | Failed |\n|---|---:|---:|\n");
            for (Map.Entry<String, long[]> e : o.byType().entrySet()) {
                md.append("| `").append(e.getKey()).append("` | ").append(e.getValue()[InputOverview.PARSED])
                        .append(" | ").append(e.getValue()[InputOverview.FAILED]).append(" |\n");
            }
            md.append('\n');
        }
        List<Artifact> notParsed = report.artifactsOf(in.name()).stream()
                .filter(a -> a.status() == ArtifactStatus.FAILED || a.status() == ArtifactStatus.SKIPPED).toList();
        for (Artifact a : notParsed.subList(0, Math.min(50, notParsed.size()))) {
            md.append("- ").append(a.status().id()).append(": `").append(a.path()).append('`')
                    .append(a.type().isEmpty() ? "" : " (" + a.type() + ")").append('\n');
        }
        if (notParsed.size() > 50) {
            md.append("- … and ").append(notParsed.size() - 50).append(" more\n");
        }
        md.append(in.unknown()).append(in.unknown() == 1 ? " entry was not recognised" : " entries were not recognised");
        if (!in.unknownSample().isEmpty()) {
            md.append(", e.g. `").append(String.join("`, `", in.unknownSample().subList(0, Math.min(5, in.unknownSample().size()))))
                    .append('`');
        }
        md.append(".\n\n");
    }

    /** Text safe inside a table cell or a list item. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
