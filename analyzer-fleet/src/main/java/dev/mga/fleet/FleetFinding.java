package dev.mga.fleet;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Severity;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding as the fleet view keeps it: what fired, how badly, about what, with which figures,
 * and where the evidence is (entry path and line inside the capture). Excerpts, explanation and
 * remediation stay in the per-input report.
 *
 * @param ruleId   the rule's stable id
 * @param severity the finding's severity
 * @param summary  the summary with its figures, already redacted by the analyzer
 * @param subject  what it is about, kind → name ({@code node → worker-1}), in the rule's order
 * @param figures  the numbers the summary states, by name
 * @param evidence where each cited line is
 */
@JsonPropertyOrder({"ruleId", "severity", "summary", "subject", "figures", "evidence"})
public record FleetFinding(String ruleId, Severity severity, String summary, Map<String, String> subject,
                           Map<String, Number> figures, List<Where> evidence) implements Serializable {

    private static final long serialVersionUID = 2L;
    static final int SUMMARY_MAX = 300;

    public FleetFinding {
        subject = Collections.unmodifiableMap(new LinkedHashMap<>(subject == null ? Map.of() : subject));
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
        evidence = List.copyOf(evidence);
    }

    /** An entry path and line (0 for a whole entry) inside the capture. */
    @JsonPropertyOrder({"path", "line"})
    public record Where(String path, long line) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public static FleetFinding of(Finding f) {
        return new FleetFinding(f.ruleId(), f.severity(), f.summary() == null ? "" : f.summary().strip(), f.subject(),
                f.figures(), f.evidence().stream().map(FleetFinding::where).toList());
    }

    private static Where where(Evidence e) {
        return new Where(e.path(), e.line());
    }

    /** The first line, cut at {@value #SUMMARY_MAX} characters: a fleet table is read across hundreds of inputs. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        return line.length() <= SUMMARY_MAX ? line : line.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
