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
 * The report as one self-contained HTML file: inline style, no script, no external asset, so it
 * opens offline from a case attachment. Everything taken from the capture is escaped.
 */
public final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
            table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left;vertical-align:top}
            td.n{text-align:right}code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
            pre{background:#f6f6f6;border:1px solid #e2e2e2;padding:.5rem;overflow-x:auto;white-space:pre-wrap}
            .sev{font-weight:bold;padding:.05rem .4rem;border-radius:.25rem;color:#fff}
            .critical{background:#b3261e}.warning{background:#a15c00}.info{background:#35618f}
            .finding{border:1px solid #ddd;border-left:6px solid #999;padding:.4rem 1rem;margin:1rem 0;border-radius:.25rem}
            .finding.critical-f{border-left-color:#b3261e}.finding.warning-f{border-left-color:#a15c00}.finding.info-f{border-left-color:#35618f}
            .muted{color:#666}
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>mga report</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>mga report</h1><p class=\"muted\">Produced by ").append(esc(report.tool().name())).append(' ')
                .append(esc(report.tool().version())).append(".</p>\n");
        h.append("<h2>Summary</h2><table><tr><th>Input</th><th>Critical</th><th>Warning</th><th>Info</th><th>Parsed</th>")
                .append("<th>Failed</th><th>Skipped</th><th>Unknown</th><th>Diagnostics</th></tr>\n");
        for (InputSummary in : report.inputs()) {
            InputOverview o = InputOverview.of(report, in);
            h.append("<tr><td><code>").append(esc(in.name())).append("</code>").append(in.readable() ? "" : " (unreadable)")
                    .append("</td>").append(num(o.critical())).append(num(o.warning())).append(num(o.info()))
                    .append(num(in.parsed())).append(num(in.failed())).append(num(in.skipped())).append(num(in.unknown()))
                    .append(num(o.diagnostics())).append("</tr>\n");
        }
        h.append("</table>\n");
        for (InputSummary in : report.inputs()) {
            input(report, in, h);
        }
        h.append("</body></html>\n");
        out.write(h.toString());
    }

    private static void input(Report report, InputSummary in, StringBuilder h) {
        h.append("<h2>Input: <code>").append(esc(in.name())).append("</code></h2>\n<p class=\"muted\">Read as ")
                .append(esc(in.kind())).append(": ").append(in.entries()).append(" entries, ")
                .append(String.format(Locale.ROOT, "%,d", in.bytesRead())).append(" bytes.</p>\n<h3>Findings</h3>\n");
        List<Finding> findings = report.findingsOf(in.name());
        if (findings.isEmpty()) {
            h.append("<p>No rule found a culprit in this input.</p>\n");
        }
        for (Finding f : findings) {
            finding(f, h);
        }
        InputOverview o = InputOverview.of(report, in);
        h.append("<h3>Artifacts</h3>\n<table><tr><th>Type</th><th>Parsed</th><th>Failed</th></tr>\n");
        for (Map.Entry<String, long[]> e : o.byType().entrySet()) {
            h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td>").append(num(e.getValue()[InputOverview.PARSED]))
                    .append(num(e.getValue()[InputOverview.FAILED])).append("</tr>\n");
        }
        h.append("</table>\n<ul>\n");
        List<Artifact> notParsed = report.artifactsOf(in.name()).stream()
                .filter(a -> a.status() == ArtifactStatus.FAILED || a.status() == ArtifactStatus.SKIPPED).limit(200).toList();
        for (Artifact a : notParsed) {
            h.append("<li>").append(a.status().id()).append(": <code>").append(esc(a.path())).append("</code></li>\n");
        }
        h.append("</ul>\n<p>").append(in.unknown()).append(in.unknown() == 1 ? " entry was" : " entries were").append(" not recognised.</p>\n");
        List<Diagnostic> diags = report.diagnosticsOf(in.name());
        if (!diags.isEmpty()) {
            h.append("<h3>Diagnostics</h3>\n<ul>\n");
            for (Diagnostic d : diags) {
                h.append("<li><code>").append(esc(d.path().isEmpty() ? in.name() : d.path()))
                        .append(d.line() > 0 ? ":" + d.line() : "").append("</code> — ").append(esc(d.message())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    private static void finding(Finding f, StringBuilder h) {
        String sev = f.severity().id();
        h.append("<div class=\"finding ").append(sev).append("-f\"><h4><span class=\"sev ").append(sev).append("\">")
                .append(sev.toUpperCase(Locale.ROOT)).append("</span> ").append(esc(f.title())).append(" <code>")
                .append(esc(f.ruleId())).append("</code></h4>\n<p>").append(esc(f.summary())).append("</p>\n")
                .append("<p><strong>Why it matters.</strong> ").append(esc(f.explanation())).append("</p>\n");
        if (!f.evidence().isEmpty()) {
            h.append("<p><strong>Evidence</strong></p>\n");
            for (Evidence e : f.evidence().subList(0, Math.min(MarkdownRenderer.MAX_EVIDENCE, f.evidence().size()))) {
                h.append("<p><code>").append(esc(e.where())).append("</code></p>");
                if (!e.excerpt().isBlank()) {
                    h.append("<pre>").append(esc(e.excerpt())).append("</pre>");
                }
                h.append('\n');
            }
            if (f.evidence().size() > MarkdownRenderer.MAX_EVIDENCE) {
                h.append("<p class=\"muted\">… and ").append(f.evidence().size() - MarkdownRenderer.MAX_EVIDENCE)
                        .append(" more (see the JSON report)</p>\n");
            }
        }
        h.append("<p><strong>Remediation.</strong> ").append(esc(f.remediation())).append("</p>\n");
        if (!f.references().isEmpty()) {
            h.append("<p><strong>References</strong></p><ul>");
            for (String r : f.references()) {
                h.append("<li><a href=\"").append(esc(r)).append("\">").append(esc(r)).append("</a></li>");
            }
            h.append("</ul>\n");
        }
        h.append("</div>\n");
    }

    private static String num(long n) {
        return "<td class=\"n\">" + n + "</td>";
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
