package dev.mga.fleet;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/** {@code fleet.md}: the fleet view for a reader, linking each input to its own report. */
public final class FleetMarkdown {

    private final Function<String, String> reportLink;

    /** @param reportLink an input's report, relative to the fleet file, or null when it has none */
    public FleetMarkdown(Function<String, String> reportLink) {
        this.reportLink = reportLink;
    }

    public void render(Fleet fleet, Writer out) throws IOException {
        Fleet.Totals t = fleet.totals();
        out.write("# Fleet: " + t.inputs() + " inputs\n\n");
        out.write(FleetText.headline(fleet) + "\n\n");
        List<Fleet.RuleLine> fired = fleet.rules().stream().filter(r -> r.inputCount() > 0).toList();
        out.write("## Findings by rule\n\n");
        if (fired.isEmpty()) {
            out.write("No rule fired on any input" + (t.complete() < t.inputs() ? " that was read (see below)" : "") + ".\n\n");
        } else {
            out.write("| Rule | Rule severity | Fired on | Findings | Had data in |\n|---|---|---|---|---|\n");
            for (Fleet.RuleLine r : fired) {
                out.write("| [" + r.ruleId() + "](#" + FleetText.anchor(r.ruleId()) + ") | " + r.severity().id() + " | "
                        + r.inputCount() + " | " + r.findingCount() + " | " + r.evaluatedOn() + " |\n");
            }
            out.write("\n");
            for (Fleet.RuleLine r : fired) {
                out.write("### " + r.ruleId() + "\n\n" + cell(r.title()) + " — fired on " + r.inputCount() + " of "
                        + t.inputs() + " inputs.\n\n");
                for (Fleet.Hit h : r.inputs()) {
                    out.write("- " + input(h.input()) + " — **" + h.severity().id() + "**"
                            + (h.findings() > 1 ? " (" + h.findings() + " findings)" : "") + ": " + h.summary() + "\n");
                }
                out.write("\n");
            }
        }
        attention(fleet, out);
        List<String> quiet = fleet.rules().stream().filter(r -> r.inputCount() == 0).map(FleetText::quiet).toList();
        if (!quiet.isEmpty()) {
            out.write("## Rules that fired on no input\n\nWith the number of inputs that held something for them to judge "
                    + "(a rule with 0 vouches for nothing).\n\n" + String.join(", ", quiet) + "\n\n");
        }
        inputs(fleet, out);
    }

    private void attention(Fleet fleet, Writer out) throws IOException {
        out.write("## Inputs not read whole\n\n");
        if (fleet.attention().isEmpty()) {
            out.write("Every input was read whole.\n\n");
            return;
        }
        out.write("| Input | Status | Reason | Diagnostics |\n|---|---|---|---|\n");
        for (Fleet.Attention a : fleet.attention()) {
            out.write("| " + input(a.input()) + " | " + a.status().id() + " | " + cell(a.reason()) + " | "
                    + a.diagnosticCount() + " |\n");
        }
        out.write("\n");
    }

    private void inputs(Fleet fleet, Writer out) throws IOException {
        out.write("## Inputs\n\n| Input | Status | Findings | Highest | Rules judged | Cluster | Read | Entries | Parsed | Diagnostics |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Fleet.InputLine i : fleet.inputs()) {
            out.write("| " + input(i.input()) + " | " + i.status().id() + " | " + i.findings() + " | "
                    + (i.highestSeverity() == null ? "" : i.highestSeverity().id()) + " | " + i.rulesEvaluated() + " | "
                    + cell(FleetText.cluster(i)) + " | " + FleetText.bytes(i.bytes())
                    + " | " + i.entries() + " | " + i.parsed() + " | " + i.diagnosticCount() + " |\n");
        }
    }

    private String input(String name) {
        String link = reportLink.apply(name);
        String shown = "`" + name.replace("`", "'") + "`";
        return cell(link == null ? shown : "[" + shown + "](" + link.replace(" ", "%20").replace(")", "%29") + ")");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
