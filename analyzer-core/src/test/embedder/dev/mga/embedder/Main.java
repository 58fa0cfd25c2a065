package dev.mga.embedder;

import dev.mga.core.Analyzer;
import dev.mga.core.ReportFormat;
import dev.mga.core.model.Report;
import dev.mga.core.model.slab.SlabCallSiteListing;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Main PLAN OUT RULES EXAMPLE}: analyses and parses every input of PLAN (lines of
 * {@code path<TAB>key=value;...}) into OUT/N.report.json and OUT/N.parse.json, then analyses
 * EXAMPLE with the rule files of RULES added, and prints what it saw.
 */
public final class Main {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        System.out.println("module " + Analyzer.class.getModule().getName());
        Path out = Path.of(args[1]);
        Map<String, Analyzer> analyzers = new HashMap<>();
        List<String> plan = Files.readAllLines(Path.of(args[0]));
        for (int i = 0; i < plan.size(); i++) {
            String[] cols = plan.get(i).split("\t", -1);
            Analyzer analyzer = analyzers.computeIfAbsent(cols[1], Main::analyzer);
            Report report = analyzer.analyze(Path.of(cols[0]));
            try (Writer w = Files.newBufferedWriter(out.resolve(i + ".report.json"))) {
                ReportFormat.JSON.write(report, w);
            }
            for (ReportFormat f : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
                f.write(report, new StringWriter());
            }
            try (Writer w = Files.newBufferedWriter(out.resolve(i + ".parse.json"))) {
                analyzer.parse(Path.of(cols[0]), null).writeJson(cols[0], w);
            }
        }
        System.out.println("analysed " + plan.size());

        Analyzer custom = Analyzer.builder().addRuleDirectory(Path.of(args[2])).build();
        Report report = custom.analyze(Path.of(args[3]));
        report.findings().forEach(f -> System.out.println("finding " + f.ruleId() + ": " + f.summary()));
        String input = report.inputs().get(0).name();
        System.out.println("listings " + report.model(input).all(SlabCallSiteListing.class).size());

        try {
            Class.forName("dev.mga.core.rules.RuleDocs").getMethod("table", List.class).invoke(null, List.of());
            System.out.println("internal: reachable");
        } catch (IllegalAccessException e) {
            System.out.println("internal: refused");
        }
    }

    static Analyzer analyzer(String options) {
        Analyzer.Builder b = Analyzer.builder().clock(CLOCK);
        for (String kv : options.isEmpty() ? new String[0] : options.split(";")) {
            b.option(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return b.build();
    }
}
