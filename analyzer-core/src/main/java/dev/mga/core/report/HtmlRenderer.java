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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML file: inline style, no script, no external asset, so it
 * opens offline from a case attachment and prints to a clean PDF. A table of contents and a
 * findings overview link to every section and finding; evidence sits in {@code <details>}
 * (open), paths wrap at {@code /}, and the rule texts' {@code `code`} spans are set as code.
 * Everything taken from the capture is escaped.
 */
public final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45;overflow-wrap:break-word}
            h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}h3{margin-top:1.6rem}
            table{border-collapse:collapse;margin:.6rem 0;max-width:100%}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left;vertical-align:top}
            td.n{text-align:right;white-space:nowrap}
            code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
            code{overflow-wrap:anywhere}
            pre{background:#f6f6f6;border:1px solid #e2e2e2;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.2rem 0 .8rem}
            .sev{font-weight:bold;padding:.05rem .4rem;border-radius:.25rem;color:#fff;white-space:nowrap}
            .critical{background:#b3261e}.warning{background:#a15c00}.info{background:#35618f}
            .finding{border:1px solid #ddd;border-left:6px solid #999;padding:.4rem 1rem;margin:1rem 0;border-radius:.25rem}
            .finding.critical-f{border-left-color:#b3261e}.finding.warning-f{border-left-color:#a15c00}.finding.info-f{border-left-color:#35618f}
            .muted{color:#666}.path{margin:.4rem 0 0}
            .alert{border:1px solid #b3261e;background:#fdf0ef;padding:.5rem 1rem;border-radius:.25rem}
            .status-complete{color:#1e6b2f}.status-partial,.status-nothing-recognised{color:#b3261e;font-weight:bold}
            dl.head{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}dl.head dt{font-weight:bold}dl.head dd{margin:0}
            nav.toc ol{margin:.2rem 0;padding-left:1.4rem}
            details>summary{cursor:pointer;font-weight:bold}
            @page{size:A4;margin:14mm}
            @media print{
            body{max-width:none;margin:0;padding:0;font-size:10.5pt}
            nav.toc{break-after:page}
            .finding,tr,pre{break-inside:avoid}
            h2,h3,h4{break-after:avoid}
            details::details-content{content-visibility:visible;display:block;height:auto}
            a{color:inherit}
            .finding a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
            }
            """;
    private static final Pattern BACKTICKS = Pattern.compile("`([^`\\n]+)`");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<InputOverview> inputs = InputOverview.of(report);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>mga report</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>mga report</h1><p class=\"muted\">").append(esc(report.tool().name())).append(' ')
                .append(esc(report.tool().version())).append(" · generated ").append(esc(report.generatedAt().toString()))
                .append(" · ").append(report.inputs().size()).append(report.inputs().size() == 1 ? " input" : " inputs").append("</p>\n");
        toc(inputs, h);
        summary(inputs, h);
        overview(inputs, h);
        for (InputOverview o : inputs) {
            input(o, h);
        }
        h.append("</body></html>\n");
        out.write(h.toString());
    }

    private static void toc(List<InputOverview> inputs, StringBuilder h) {
        h.append("<nav class=\"toc\"><h2 id=\"contents\">Contents</h2><ol><li><a href=\"#summary\">Summary</a></li>")
                .append("<li><a href=\"#findings\">Findings</a></li>");
        for (InputOverview o : inputs) {
            h.append("<li><a href=\"#").append(o.anchor()).append("\">Input: <code>").append(path(o.input().name()))
                    .append("</code></a><ol><li><a href=\"#findings-").append(o.index()).append("\">Findings (")
                    .append(o.findings().size()).append(")</a></li><li><a href=\"#checked-").append(o.index())
                    .append("\">What was checked</a></li><li><a href=\"#artifacts-").append(o.index()).append("\">Artifacts</a></li>");
            if (!o.diagnostics().isEmpty()) {
                h.append("<li><a href=\"#diagnostics-").append(o.index()).append("\">Diagnostics (").append(o.diagnosticCount())
                        .append(")</a></li>");
            }
            h.append("</ol></li>");
        }
        h.append("</ol></nav>\n");
    }

    private static void summary(List<InputOverview> inputs, StringBuilder h) {
        h.append("<h2 id=\"summary\">Summary</h2><table><tr><th>Input</th><th>Read</th><th>Critical</th><th>Warning</th>")
                .append("<th>Info</th><th>Rules evaluated</th><th>Parsed</th><th>Failed</th><th>Skipped</th><th>Unknown</th>")
                .append("<th>Diagnostics</th></tr>\n");
        for (InputOverview o : inputs) {
            InputSummary in = o.input();
            h.append("<tr><td><a href=\"#").append(o.anchor()).append("\"><code>").append(path(in.name())).append("</code></a></td>")
                    .append("<td class=\"status-").append(in.completeness().status().id()).append("\">")
                    .append(in.completeness().status().label()).append("</td>")
                    .append(num(o.critical())).append(num(o.warning())).append(num(o.info()))
                    .append("<td class=\"n\">").append(o.evaluated()).append(" of ").append(o.coverage().size()).append("</td>")
                    .append(num(in.parsed())).append(num(in.failed())).append(num(in.skipped())).append(num(in.unknown()))
                    .append(num(o.diagnosticCount())).append("</tr>\n");
        }
        h.append("</table>\n");
        for (InputOverview o : inputs) {
            if (!o.input().completeness().isComplete()) {
                h.append("<p class=\"alert\"><strong>").append(esc(o.input().completeness().status().label()))
                        .append(":</strong> <code>").append(path(o.input().name())).append("</code>: ")
                        .append(esc(String.join("; ", o.input().completeness().reasons()))).append("<br>")
                        .append(esc(Texts.notAllRead(o.input()))).append("</p>\n");
            }
        }
    }

    private static void overview(List<InputOverview> inputs, StringBuilder h) {
        h.append("<h2 id=\"findings\">Findings</h2>\n");
        if (inputs.stream().allMatch(o -> o.findings().isEmpty())) {
            h.append("<p>No finding in any input.</p>\n");
            return;
        }
        h.append("<table><tr><th>#</th><th>Severity</th><th>Finding</th><th>About</th><th>Input</th></tr>\n");
        int n = 0;
        for (InputOverview o : inputs) {
            int i = 1;
            for (Finding f : o.findings()) {
                String sev = f.severity().id();
                h.append("<tr><td class=\"n\">").append(++n).append("</td><td><span class=\"sev ").append(sev).append("\">")
                        .append(sev.toUpperCase(Locale.ROOT)).append("</span></td><td><a href=\"#").append(o.findingAnchor(i++))
                        .append("\">").append(inline(f.title())).append("</a><br><code>").append(esc(f.ruleId()))
                        .append("</code></td><td>").append(esc(Texts.subject(f))).append("</td><td><code>")
                        .append(path(o.input().name())).append("</code></td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void input(InputOverview o, StringBuilder h) {
        InputSummary in = o.input();
        h.append("<section><h2 id=\"").append(o.anchor()).append("\">Input: <code>").append(path(in.name()))
                .append("</code></h2>\n<dl class=\"head\"><dt>Completeness</dt><dd class=\"status-")
                .append(in.completeness().status().id()).append("\">").append(esc(Texts.completeness(in.completeness())))
                .append("</dd>");
        for (String[] line : Texts.header(in)) {
            h.append("<dt>").append(esc(line[0])).append("</dt><dd>");
            if (line[0].equals("Capture root")) {
                h.append("<code>").append(path(line[1])).append("</code> <span class=\"muted\">(the paths below are relative to it)</span>");
            } else {
                h.append(esc(line[1]));
            }
            h.append("</dd>");
        }
        h.append("</dl>\n<h3 id=\"findings-").append(o.index()).append("\">Findings</h3>\n");
        if (!in.completeness().isComplete()) {
            h.append("<p class=\"alert\">").append(esc(Texts.notAllRead(in))).append("</p>\n");
        }
        if (o.findings().isEmpty()) {
            h.append("<p>").append(o.evaluated() == 0 ? "No rule had anything to judge in this input."
                    : "No rule found a culprit among what it judged (see <a href=\"#checked-" + o.index()
                    + "\">What was checked</a>).").append("</p>\n");
        }
        int i = 1;
        for (Finding f : o.findings()) {
            finding(o, f, i++, h);
        }
        checked(o, h);
        inventory(o, h);
        diagnostics(o, h);
        h.append("</section>\n");
    }

    private static void finding(InputOverview o, Finding f, int n, StringBuilder h) {
        String sev = f.severity().id();
        h.append("<div class=\"finding ").append(sev).append("-f\" id=\"").append(o.findingAnchor(n)).append("\"><h4><span class=\"sev ")
                .append(sev).append("\">").append(sev.toUpperCase(Locale.ROOT)).append("</span> ").append(inline(f.title()))
                .append(" <code>").append(esc(f.ruleId())).append("</code></h4>\n<p>").append(inline(f.summary())).append("</p>\n");
        if (!f.subject().isEmpty()) {
            h.append("<p><strong>About:</strong> ").append(esc(Texts.subject(f))).append("</p>\n");
        }
        h.append("<p><strong>Why it matters.</strong> ").append(inline(f.explanation())).append("</p>\n");
        if (!f.evidence().isEmpty()) {
            int shown = Math.min(MarkdownRenderer.MAX_EVIDENCE, f.evidence().size());
            h.append("<details open><summary>Evidence (").append(f.evidence().size()).append(")</summary>\n");
            for (Evidence e : f.evidence().subList(0, shown)) {
                h.append("<p class=\"path\"><code>").append(path(o.path(e.path()))).append(e.line() > 0 ? ":" + e.line() : "")
                        .append("</code></p>");
                if (!e.excerpt().isBlank()) {
                    h.append("<pre>").append(esc(e.excerpt())).append("</pre>");
                }
                h.append('\n');
            }
            if (f.evidence().size() > shown) {
                h.append("<p class=\"muted\">… and ").append(f.evidence().size() - shown).append(" more (see the JSON report)</p>\n");
            }
            h.append("</details>\n");
        }
        h.append("<p><strong>Remediation.</strong> ").append(inline(f.remediation())).append("</p>\n");
        if (!f.references().isEmpty()) {
            h.append("<p><strong>References</strong></p><ul>");
            for (String r : f.references()) {
                h.append("<li><a href=\"").append(esc(r)).append("\">").append(path(r)).append("</a></li>");
            }
            h.append("</ul>\n");
        }
        h.append("</div>\n");
    }

    private static void checked(InputOverview o, StringBuilder h) {
        h.append("<h3 id=\"checked-").append(o.index()).append("\">What was checked</h3>\n<p>")
                .append(esc(Texts.coverageLine(o.coverage()))).append(".</p>\n");
        if (o.coverage().isEmpty()) {
            return;
        }
        h.append("<table><tr><th>Rule</th><th>Result</th><th>Judged, or why not</th></tr>\n");
        for (RuleCoverage c : o.coverage()) {
            h.append("<tr><td><code>").append(esc(c.ruleId())).append("</code></td><td>").append(esc(Texts.result(c)))
                    .append("</td><td>").append(esc(Texts.judged(c))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void inventory(InputOverview o, StringBuilder h) {
        InputSummary in = o.input();
        h.append("<h3 id=\"artifacts-").append(o.index()).append("\">Artifacts</h3>\n");
        if (!o.byType().isEmpty()) {
            h.append("<table><tr><th>Type</th><th>Parsed</th><th>Failed</th></tr>\n");
            for (Map.Entry<String, long[]> e : o.byType().entrySet()) {
                h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td>").append(num(e.getValue()[InputOverview.PARSED]))
                        .append(num(e.getValue()[InputOverview.FAILED])).append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<ul>\n");
        for (InputOverview.Group<Artifact> g : o.notParsed()) {
            if (g.collapsed()) {
                Artifact first = g.items().get(0);
                h.append("<li>").append(Texts.grouped(g.items().size())).append(" entries ").append(esc(first.status().id()))
                        .append(first.type().isEmpty() ? "" : " (" + esc(first.type()) + ")").append(": ").append(esc(InputOverview.reason(first)))
                        .append(examples(o, g.items().stream().map(Artifact::path).toList())).append("</li>\n");
            } else {
                for (Artifact a : g.items()) {
                    h.append("<li>").append(esc(a.status().id())).append(": <code>").append(path(o.path(a.path()))).append("</code>")
                            .append(a.type().isEmpty() ? "" : " (" + esc(a.type()) + ")")
                            .append(a.diagnostics().isEmpty() ? "" : " — " + esc(a.diagnostics().get(0).message())).append("</li>\n");
                }
            }
        }
        if (in.empty() > 0) {
            h.append("<li>").append(Texts.grouped(in.empty())).append(in.empty() == 1 ? " entry is" : " entries are")
                    .append(" empty (0 bytes)</li>\n");
        }
        h.append("<li>").append(Texts.grouped(in.unknown())).append(in.unknown() == 1 ? " entry was" : " entries were")
                .append(" not recognised").append(in.unknownSample().isEmpty() ? "" : examples(o, in.unknownSample())).append("</li>\n");
        h.append("</ul>\n");
    }

    private static void diagnostics(InputOverview o, StringBuilder h) {
        if (o.diagnostics().isEmpty()) {
            return;
        }
        h.append("<h3 id=\"diagnostics-").append(o.index()).append("\">Diagnostics</h3>\n<ul>\n");
        for (InputOverview.Group<Diagnostic> g : o.diagnostics()) {
            if (g.collapsed()) {
                h.append("<li>").append(Texts.grouped(g.items().size())).append(" × ").append(esc(g.key()))
                        .append(examples(o, g.items().stream().map(d -> d.path().isEmpty() ? "" : d.path()
                                + (d.line() > 0 ? ":" + d.line() : "")).toList())).append("</li>\n");
            } else {
                for (Diagnostic d : g.items()) {
                    h.append("<li><code>").append(path(o.path(d.path()))).append(d.line() > 0 ? ":" + d.line() : "")
                            .append("</code> — ").append(esc(d.message())).append("</li>\n");
                }
            }
        }
        h.append("</ul>\n");
    }

    /** A few example paths of a group, in a closed {@code <details>} (opened when printed). */
    private static String examples(InputOverview o, List<String> paths) {
        StringBuilder sb = new StringBuilder(" <details><summary>e.g.</summary><ul>");
        for (String p : paths.subList(0, Math.min(InputOverview.EXAMPLES, paths.size()))) {
            sb.append("<li><code>").append(path(o.path(p))).append("</code></li>");
        }
        return sb.append("</ul></details>").toString();
    }

    private static String num(long n) {
        return "<td class=\"n\">" + Texts.grouped(n) + "</td>";
    }

    /** Escaped, with a line-break opportunity after every {@code /} so that long paths wrap between their parts. */
    static String path(String s) {
        return esc(s).replace("/", "/<wbr>");
    }

    /** Escaped prose whose {@code `code`} spans (Markdown in the rule files) become {@code <code>}. */
    static String inline(String s) {
        Matcher m = BACKTICKS.matcher(esc(s));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        }
        m.appendTail(sb);
        return sb.toString();
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
