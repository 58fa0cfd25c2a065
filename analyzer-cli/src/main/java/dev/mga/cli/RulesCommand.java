package dev.mga.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.Analyzer;
import dev.mga.core.RuleDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mga rules [RULE]}: the rule pack, or one rule's documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the rules with id, severity and title, or print the documentation of RULE (what it judges, "
                + "its thresholds and why, remediation, references).",
            "--format md writes the documentation of every rule (docs/rules.md); --format json gives the same as data."})
final class RulesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, e.g. kernel.slab.list-lru-leak.")
    String rule;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default), md or json.", defaultValue = "text")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (its folder must exist) instead of standard output.")
    Path output;

    @Mixin
    RuleDirOptions ruleDirs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "md", "markdown", "json").contains(format)) {
            throw new MgaCommand.UsageException("--format takes text, md or json, not '" + format + "'");
        }
        Output.check(output);
        List<RuleDescription> rules = ruleDirs.apply(Analyzer.builder()).build().rules();
        if (rule != null) {
            RuleDescription one = rules.stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow(() ->
                    new MgaCommand.UsageException("unknown rule '" + rule + "'" + suggestion(rules, rule) + " ('mga rules' lists them)"));
            String text = format.equals("json") ? JSON.writeValueAsString(withFields(one)) + "\n" : one.documentation();
            Output.write(spec.commandLine(), output, w -> w.write(text));
            return ExitCodes.OK;
        }
        String text = switch (format) {
            case "md", "markdown" -> RuleDescription.markdown(rules);
            case "json" -> JSON.writeValueAsString(rules.stream().map(RulesCommand::json).toList()) + "\n";
            default -> RuleDescription.table(rules);
        };
        Output.write(spec.commandLine(), output, w -> w.write(text));
        return ExitCodes.OK;
    }

    private static String suggestion(List<RuleDescription> rules, String wrong) {
        List<String> close = rules.stream().map(RuleDescription::id)
                .filter(id -> id.contains(wrong) || wrong.contains(id) || id.endsWith(wrong.substring(wrong.lastIndexOf('.') + 1)))
                .limit(5).toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    /** One rule as JSON, with the fields of its CEL subject (type by type, as {@code mga rules RULE} prints them). */
    static Map<String, Object> withFields(RuleDescription r) {
        Map<String, Object> m = json(r);
        if (!r.isJava()) {
            m.put("fields", r.subjectTypes());
        }
        return m;
    }

    static Map<String, Object> json(RuleDescription r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("severity", r.severity().id());
        m.put("family", r.family());
        m.put("implementation", r.implementation());
        if (r.subject() != null) {
            m.put("subject", r.subject());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        // value as JSON holds it (a duration as written); text as the rule file writes it (80%, 8Gi, 15m)
        r.params().forEach((name, p) -> params.put(name,
                TypesCommand.ordered("type", p.type().toString(), "value", p.value() instanceof java.time.Duration ? p.text() : p.value(),
                        "text", p.text(), "reason", p.reason())));
        m.put("params", params);
        m.put("description", r.description().strip());
        m.put("remediation", r.remediation().strip());
        m.put("references", r.references());
        m.put("source", r.source());
        return m;
    }
}
