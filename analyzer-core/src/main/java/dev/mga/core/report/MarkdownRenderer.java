package dev.mga.core.report;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as Markdown, to attach to a support case: a summary across inputs (how completely
 * each was read, findings by severity), an overview of the findings, then per input its header
 * (capture time, cluster, capture root), its findings (summary, why it matters, evidence with
 * entry path and line, remediation, references), what was checked, its artifact inventory and
 * its diagnostics, long runs of the same kind grouped.
 */
public final class MarkdownRenderer implements ReportRenderer {

    static final int MAX_EVIDENCE = 12;

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<InputOverview> inputs = InputOverview.of(report);
        StringBuilder md = new StringBuilder();
        md.append("# mga report\n\n");
        md.append(report.tool().name()).append(' ').append(report.tool().version()).append(" · generated ")
                .append(report.generatedAt()).append(" · ").append(report.inputs().size())
                .append(report.inputs().size() == 1 ? " input" : " inputs").append("\n\n");
        summary(inputs, md);
        overview(inputs, md);
        for (InputOverview o : inputs) {
            input(o, md);
        }
        List<Diagnostic> global = report.diagnostics().stream()
                .filter(d -> report.inputs().stream().noneMatch(i -> i.name().equals(d.input()))).toList();
        if (!global.isEmpty()) {
            md.append("## Other diagnostics\n\n");
            global.forEach(d -> md.append("- ").append(cell(d.toString())).append('\n'));
        }
        out.write(md.toString());
    }

    private static void summary(List<InputOverview> inputs, StringBuilder md) {
        md.append("## Summary\n\n");
        md.append("| Input | Read | Critical | Warning | Info | Rules evaluated | Parsed | Failed | Skipped | Unknown | Diagnostics |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (InputOverview o : inputs) {
            InputSummary in = o.input();
            String read = in.completeness().isComplete() ? "complete" : "**" + in.completeness().status().label() + "**";
            md.append("| [").append(cell(in.name())).append("](#").append(o.anchor()).append(") | ").append(read)
                    .append(" | ").append(o.critical()).append(" | ").append(o.warning()).append(" | ").append(o.info())
                    .append(" | ").append(o.evaluated()).append(" of ").append(o.coverage().size())
                    .append(" | ").append(in.parsed()).append(" | ").append(in.failed()).append(" | ").append(in.skipped())
                    .append(" | ").append(in.unknown()).append(" | ").append(o.diagnosticCount()).append(" |\n");
        }
        md.append('\n');
        for (InputOverview o : inputs) {
            if (!o.input().completeness().isComplete()) {
                md.append("> **").append(o.input().completeness().status().label().toUpperCase(java.util.Locale.ROOT))
                        .append(":** `").append(o.input().name()).append("`: ")
                        .append(cell(String.join("; ", o.input().completeness().reasons()))).append("  \n> ")
                        .append(Texts.notAllRead(o.input())).append("\n\n");
            }
        }
    }

    private static void overview(List<InputOverview> inputs, StringBuilder md) {
        if (inputs.stream().allMatch(o -> o.findings().isEmpty())) {
            return;
        }
        md.append("## Findings\n\n| # | Severity | Finding | About | Input |\n|---:|---|---|---|---|\n");
        int n = 0;
        for (InputOverview o : inputs) {
            int i = 1;
            for (Finding f : o.findings()) {
                md.append("| ").append(++n).append(" | ").append(Texts.severity(f)).append(" | [").append(cell(f.title()))
                        .append("](#").append(o.findingAnchor(i++)).append(") `").append(f.ruleId()).append("` | ")
                        .append(cell(Texts.subject(f))).append(" | ").append(cell(o.input().name())).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void input(InputOverview o, StringBuilder md) {
        InputSummary in = o.input();
        md.append("<a id=\"").append(o.anchor()).append("\"></a>\n\n## Input: `").append(in.name()).append("`\n\n");
        md.append("- **Completeness:** ").append(cell(Texts.completeness(in.completeness()))).append('\n');
        for (String[] line : Texts.header(in)) {
            md.append("- **").append(line[0]).append(":** ").append(line[0].equals("Capture root") ? "`" + line[1]
                    + "` (the paths below are relative to it)" : cell(line[1])).append('\n');
        }
        md.append('\n');
        md.append("### Findings\n\n");
        if (!in.completeness().isComplete()) {
            md.append("> ").append(Texts.notAllRead(in)).append("\n\n");
        }
        if (o.findings().isEmpty()) {
            md.append(o.evaluated() == 0 ? "No rule had anything to judge in this input.\n\n"
                    : "No rule found a culprit among what it judged (see What was checked).\n\n");
        }
        int i = 1;
        for (Finding f : o.findings()) {
            finding(o, f, i++, md);
        }
        checked(o, md);
        inventory(o, md);
        diagnostics(o, md);
    }

    private static void finding(InputOverview o, Finding f, int n, StringBuilder md) {
        md.append("<a id=\"").append(o.findingAnchor(n)).append("\"></a>\n\n#### ").append(Texts.severity(f)).append(": ")
                .append(f.title()).append(" (`").append(f.ruleId()).append("`)\n\n");
        md.append(f.summary()).append("\n\n");
        if (!f.subject().isEmpty()) {
            md.append("**About:** ").append(Texts.subject(f)).append("\n\n");
        }
        md.append("**Why it matters.** ").append(f.explanation()).append("\n\n");
        if (!f.evidence().isEmpty()) {
            md.append("**Evidence**\n\n");
            List<Evidence> shown = f.evidence().subList(0, Math.min(MAX_EVIDENCE, f.evidence().size()));
            for (Evidence e : shown) {
                md.append("- `").append(o.path(e.path())).append(e.line() > 0 ? ":" + e.line() : "").append("`\n");
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

    private static void checked(InputOverview o, StringBuilder md) {
        md.append("### What was checked\n\n").append(Texts.coverageLine(o.coverage())).append(".\n\n");
        if (o.coverage().isEmpty()) {
            return;
        }
        md.append("| Rule | Result | Judged, or why not |\n|---|---|---|\n");
        for (RuleCoverage c : o.coverage()) {
            md.append("| `").append(c.ruleId()).append("` | ").append(Texts.result(c)).append(" | ")
                    .append(cell(Texts.judged(c))).append(" |\n");
        }
        md.append('\n');
    }

    private static void inventory(InputOverview o, StringBuilder md) {
        InputSummary in = o.input();
        md.append("### Artifacts\n\n");
        if (!o.byType().isEmpty()) {
            md.append("| Type | Parsed | Failed |\n|---|---:|---:|\n");
            for (Map.Entry<String, long[]> e : o.byType().entrySet()) {
                md.append("| `").append(e.getKey()).append("` | ").append(e.getValue()[InputOverview.PARSED])
                        .append(" | ").append(e.getValue()[InputOverview.FAILED]).append(" |\n");
            }
            md.append('\n');
        }
        for (InputOverview.Group<Artifact> g : o.notParsed()) {
            if (g.collapsed()) {
                Artifact first = g.items().get(0);
                md.append("- ").append(Texts.grouped(g.items().size())).append(" entries ").append(first.status().id())
                        .append(first.type().isEmpty() ? "" : " (" + first.type() + ")").append(": ")
                        .append(cell(InputOverview.reason(first))).append(", e.g. ").append(examples(o, g.items().stream().map(Artifact::path).toList()))
                        .append('\n');
            } else {
                for (Artifact a : g.items()) {
                    md.append("- ").append(a.status().id()).append(": `").append(o.path(a.path())).append('`')
                            .append(a.type().isEmpty() ? "" : " (" + a.type() + ")")
                            .append(a.diagnostics().isEmpty() ? "" : " — " + cell(a.diagnostics().get(0).message())).append('\n');
                }
            }
        }
        if (in.empty() > 0) {
            md.append("- ").append(Texts.grouped(in.empty())).append(in.empty() == 1 ? " entry is" : " entries are")
                    .append(" empty (0 bytes)\n");
        }
        md.append("- ").append(Texts.grouped(in.unknown())).append(in.unknown() == 1 ? " entry was" : " entries were")
                .append(" not recognised");
        if (!in.unknownSample().isEmpty()) {
            md.append(", e.g. ").append(examples(o, in.unknownSample()));
        }
        md.append("\n\n");
    }

    private static void diagnostics(InputOverview o, StringBuilder md) {
        if (o.diagnostics().isEmpty()) {
            return;
        }
        md.append("### Diagnostics\n\n");
        for (InputOverview.Group<Diagnostic> g : o.diagnostics()) {
            if (g.collapsed()) {
                md.append("- ").append(Texts.grouped(g.items().size())).append(" × ").append(cell(g.key())).append(", e.g. ")
                        .append(examples(o, g.items().stream().map(d -> where(o, d)).toList())).append('\n');
            } else {
                for (Diagnostic d : g.items()) {
                    md.append("- `").append(where(o, d)).append("` — ").append(cell(d.message())).append('\n');
                }
            }
        }
        md.append('\n');
    }

    private static String where(InputOverview o, Diagnostic d) {
        return o.path(d.path()) + (d.line() > 0 ? ":" + d.line() : "");
    }

    private static String examples(InputOverview o, List<String> paths) {
        return "`" + String.join("`, `", paths.subList(0, Math.min(InputOverview.EXAMPLES, paths.size())).stream()
                .map(p -> p.startsWith(o.input().name()) ? p : o.input().capture().relative(p)).toList()) + "`";
    }

    /** Text safe inside a table cell or a list item. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
