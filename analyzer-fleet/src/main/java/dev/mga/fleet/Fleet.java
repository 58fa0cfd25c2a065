package dev.mga.fleet;

import dev.mga.core.model.Completeness;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mga.core.Analyzer;
import dev.mga.core.model.Severity;
import dev.mga.core.model.Tool;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet view of many captures, as {@code fleet.json} holds it ({@code docs/fleet.schema.json}):
 * per rule the inputs where it fired, the inputs read only in part or not at all, and totals.
 * {@code mga batch} and the Spark job both make it with {@link #of}, so their files agree.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}; raised when a field changes meaning or goes away
 * @param tool          the analyzer that made it
 * @param generatedAt   when, in UTC (ISO 8601, seconds)
 * @param totals        counts over all inputs
 * @param rules         every rule of the pack, those that fired on most inputs first
 * @param attention     the inputs that were not read whole, with the reason
 * @param inputs        every input, by name
 */
@JsonPropertyOrder({"schemaVersion", "tool", "generatedAt", "totals", "rules", "attention", "inputs"})
public record Fleet(int schemaVersion, Tool tool, String generatedAt, Totals totals, List<RuleLine> rules,
                    List<Attention> attention, List<InputLine> inputs) {

    public static final int SCHEMA_VERSION = 1;

    public Fleet {
        rules = List.copyOf(rules);
        attention = List.copyOf(attention);
        inputs = List.copyOf(inputs);
    }

    /** A rule of the pack, as the fleet view names it. */
    public record RuleInfo(String id, String title, Severity severity) {
    }

    /** The rules an analyzer runs, for {@link #of}. */
    public static List<RuleInfo> rulesOf(Analyzer analyzer) {
        return analyzer.rules().stream().map(d -> new RuleInfo(d.id(), d.title(), d.severity())).toList();
    }

    @JsonPropertyOrder({"inputs", "complete", "partial", "nothingRecognised", "withFindings", "findings", "critical",
        "warning", "info", "bytes", "entries"})
    public record Totals(long inputs, long complete, long partial, long nothingRecognised, long withFindings,
                         long findings, long critical, long warning, long info, long bytes, long entries) {
    }

    /**
     * One rule across the fleet: on how many inputs it had something to judge, where it fired
     * (most severe first), and where it broke.
     */
    @JsonPropertyOrder({"ruleId", "title", "severity", "inputCount", "findingCount", "evaluatedOn", "failedOn", "inputs"})
    public record RuleLine(String ruleId, String title, Severity severity, long inputCount, long findingCount,
                           long evaluatedOn, long failedOn, List<Hit> inputs) {
        public RuleLine {
            inputs = List.copyOf(inputs);
        }
    }

    /** A rule that fired on one input: its most severe finding's severity and summary, and how many findings. */
    @JsonPropertyOrder({"input", "severity", "findings", "summary"})
    public record Hit(String input, Severity severity, long findings, String summary) {
    }

    /** An input that was not read whole. */
    @JsonPropertyOrder({"input", "status", "reason", "diagnosticCount"})
    public record Attention(String input, Completeness.Status status, String reason, long diagnosticCount) {
    }

    /** One input in a line; the capture's own facts only when it states them. */
    @JsonPropertyOrder({"input", "status", "kind", "bytes", "entries", "parsed", "diagnosticCount", "rulesEvaluated",
        "findings", "highestSeverity", "capturedAt", "clusterId", "clusterVersion"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputLine(String input, Completeness.Status status, String kind, long bytes, long entries, long parsed,
                            long diagnosticCount, long rulesEvaluated, long findings, Severity highestSeverity,
                            String capturedAt, String clusterId, String clusterVersion) {
    }

    /** Aggregates per-input results made by {@link FleetInput#of}; the order of {@code results} does not matter. */
    public static Fleet of(List<RuleInfo> ruleInfos, Collection<FleetInput> results, Instant generatedAt) {
        List<FleetInput> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(FleetInput::input));
        return new Fleet(SCHEMA_VERSION, Tool.current(), generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                totals(sorted), rules(ruleInfos, sorted), attention(sorted), sorted.stream().map(Fleet::line).toList());
    }

    private static Totals totals(List<FleetInput> in) {
        return new Totals(in.size(), count(in, Completeness.Status.COMPLETE), count(in, Completeness.Status.PARTIAL),
                count(in, Completeness.Status.NOTHING_RECOGNISED), in.stream().filter(i -> !i.findings().isEmpty()).count(),
                in.stream().mapToLong(i -> i.findings().size()).sum(), sum(in, Severity.CRITICAL),
                sum(in, Severity.WARNING), sum(in, Severity.INFO), in.stream().mapToLong(FleetInput::bytes).sum(),
                in.stream().mapToLong(FleetInput::entries).sum());
    }

    private static long count(List<FleetInput> in, Completeness.Status status) {
        return in.stream().filter(i -> i.status() == status).count();
    }

    private static long sum(List<FleetInput> in, Severity severity) {
        return in.stream().mapToLong(i -> i.count(severity)).sum();
    }

    private static List<RuleLine> rules(List<RuleInfo> infos, List<FleetInput> in) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        infos.forEach(r -> byId.put(r.id(), r));
        Map<String, List<Hit>> hits = new LinkedHashMap<>();
        Map<String, Long> findingCounts = new LinkedHashMap<>();
        for (FleetInput input : in) {
            Map<String, List<FleetFinding>> perRule = new LinkedHashMap<>();
            input.findings().forEach(f -> perRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
            perRule.forEach((rule, fs) -> {
                FleetFinding worst = fs.stream().max(Comparator.comparing(FleetFinding::severity)).orElseThrow();
                hits.computeIfAbsent(rule, k -> new ArrayList<>())
                        .add(new Hit(input.input(), worst.severity(), fs.size(), FleetFinding.oneLine(worst.summary())));
                findingCounts.merge(rule, (long) fs.size(), Long::sum);
                byId.putIfAbsent(rule, new RuleInfo(rule, "", worst.severity()));
            });
        }
        List<RuleLine> lines = new ArrayList<>();
        for (RuleInfo r : byId.values()) {
            List<Hit> h = new ArrayList<>(hits.getOrDefault(r.id(), List.of()));
            h.sort(Comparator.comparing(Hit::severity).reversed().thenComparing(Hit::input));
            long evaluated = in.stream().filter(i -> isEvaluated(i.coverage().get(r.id()))).count();
            long failed = in.stream().filter(i -> "failed".equals(i.coverage().get(r.id()))).count();
            lines.add(new RuleLine(r.id(), r.title(), r.severity(), h.size(), findingCounts.getOrDefault(r.id(), 0L),
                    evaluated, failed, h));
        }
        lines.sort(Comparator.comparingLong(RuleLine::inputCount).reversed().thenComparing(RuleLine::ruleId));
        return lines;
    }

    private static List<Attention> attention(List<FleetInput> in) {
        return in.stream().filter(i -> i.status() != Completeness.Status.COMPLETE)
                .map(i -> new Attention(i.input(), i.status(), i.reason(), i.diagnosticCount())).toList();
    }

    private static boolean isEvaluated(String status) {
        return "fired".equals(status) || "quiet".equals(status);
    }

    private static InputLine line(FleetInput i) {
        FleetInput.Capture c = i.capture();
        return new InputLine(i.input(), i.status(), i.kind(), i.bytes(), i.entries(), i.parsed(), i.diagnosticCount(),
                i.rulesEvaluated(), i.findings().size(), i.highestSeverity().orElse(null), orNull(c.capturedAt()),
                orNull(c.clusterId()), orNull(c.clusterVersion()));
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
