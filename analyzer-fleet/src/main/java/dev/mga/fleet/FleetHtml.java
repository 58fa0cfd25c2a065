package dev.mga.fleet;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/** {@code fleet.html}: the fleet view as one self-contained page (inline style, no script). */
public final class FleetHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:75em;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}code{overflow-wrap:anywhere}.critical{color:#b00020;font-weight:bold}.warning{color:#a05a00;font-weight:bold}
            td.n{text-align:right}@media print{a{color:inherit;text-decoration:none}}
            """;

    private final Function<String, String> reportLink;

    /** @param reportLink an input's report, relative to the fleet file, or null when it has none */
    public FleetHtml(Function<String, String> reportLink) {
        this.reportLink = reportLink;
    }

    public void render(Fleet fleet, Writer out) throws IOException {
        Fleet.Totals t = fleet.totals();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fleet: " + t.inputs()
                + " inputs</title>\n<style>" + STYLE + "</style></head><body>\n");
        out.write("<h1>Fleet: " + t.inputs() + " inputs</h1>\n<p>" + esc(FleetText.headline(fleet)) + "</p>\n");
        List<Fleet.RuleLine> fired = fleet.rules().stream().filter(r -> r.inputCount() > 0).toList();
        out.write("<h2 id=\"rules\">Findings by rule</h2>\n");
        if (fired.isEmpty()) {
            out.write("<p>No rule fired on any input" + (t.complete() < t.inputs() ? " that was read (see below)" : "") + ".</p>\n");
        } else {
            out.write("<table><tr><th>Rule</th><th>Rule severity</th><th>Fired on</th><th>Findings</th><th>Had data in</th></tr>\n");
            for (Fleet.RuleLine r : fired) {
                out.write("<tr><td><a href=\"#" + FleetText.anchor(r.ruleId()) + "\"><code>" + esc(r.ruleId())
                        + "</code></a></td><td class=\"" + r.severity().id() + "\">" + r.severity().id() + "</td><td class=\"n\">"
                        + r.inputCount() + "</td><td class=\"n\">" + r.findingCount() + "</td><td class=\"n\">" + r.evaluatedOn()
                        + "</td></tr>\n");
            }
            out.write("</table>\n");
            for (Fleet.RuleLine r : fired) {
                out.write("<h3 id=\"" + FleetText.anchor(r.ruleId()) + "\"><code>" + esc(r.ruleId()) + "</code></h3>\n<p>"
                        + esc(r.title()) + " — fired on " + r.inputCount() + " of " + t.inputs() + " inputs.</p>\n<ul>\n");
                for (Fleet.Hit h : r.inputs()) {
                    out.write("<li>" + input(h.input()) + " — <span class=\"" + h.severity().id() + "\">" + h.severity().id()
                            + "</span>" + (h.findings() > 1 ? " (" + h.findings() + " findings)" : "") + ": "
                            + esc(h.summary()) + "</li>\n");
                }
                out.write("</ul>\n");
            }
        }
        attention(fleet, out);
        List<String> quiet = fleet.rules().stream().filter(r -> r.inputCount() == 0).map(FleetText::quiet).toList();
        if (!quiet.isEmpty()) {
            out.write("<h2>Rules that fired on no input</h2>\n<p>With the number of inputs that held something for them to "
                    + "judge (a rule with 0 vouches for nothing).</p>\n<p>" + esc(String.join(", ", quiet)) + "</p>\n");
        }
        inputs(fleet, out);
        out.write("</body></html>\n");
    }

    private void attention(Fleet fleet, Writer out) throws IOException {
        out.write("<h2 id=\"attention\">Inputs not read whole</h2>\n");
        if (fleet.attention().isEmpty()) {
            out.write("<p>Every input was read whole.</p>\n");
            return;
        }
        out.write("<table><tr><th>Input</th><th>Status</th><th>Reason</th><th>Diagnostics</th></tr>\n");
        for (Fleet.Attention a : fleet.attention()) {
            out.write("<tr><td>" + input(a.input()) + "</td><td>" + a.status().id() + "</td><td>" + esc(a.reason())
                    + "</td><td class=\"n\">" + a.diagnosticCount() + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private void inputs(Fleet fleet, Writer out) throws IOException {
        out.write("<h2 id=\"inputs\">Inputs</h2>\n<table><tr><th>Input</th><th>Status</th><th>Findings</th><th>Highest</th>"
                + "<th>Rules judged</th><th>Cluster</th><th>Read</th><th>Entries</th><th>Parsed</th><th>Diagnostics</th></tr>\n");
        for (Fleet.InputLine i : fleet.inputs()) {
            String sev = i.highestSeverity() == null ? "" : i.highestSeverity().id();
            out.write("<tr><td>" + input(i.input()) + "</td><td>" + i.status().id() + "</td><td class=\"n\">" + i.findings()
                    + "</td><td class=\"" + sev + "\">" + sev + "</td><td class=\"n\">" + i.rulesEvaluated() + "</td><td>"
                    + esc(FleetText.cluster(i)) + "</td><td class=\"n\">" + FleetText.bytes(i.bytes())
                    + "</td><td class=\"n\">" + i.entries() + "</td><td class=\"n\">" + i.parsed() + "</td><td class=\"n\">"
                    + i.diagnosticCount() + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private String input(String name) {
        String link = reportLink.apply(name);
        String code = "<code>" + esc(name) + "</code>";
        return link == null ? code : "<a href=\"" + esc(link) + "\">" + code + "</a>";
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
