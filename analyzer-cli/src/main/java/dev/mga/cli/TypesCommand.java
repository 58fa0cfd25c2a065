package dev.mga.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.Analyzer;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ParserOption;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mga types}: the artifact types mga recognises, and the parser options. */
@Command(name = "types", mixinStandardHelpOptions = true,
        description = "List the artifact types mga recognises and the paths it looks for, then the parser options (--option KEY=VALUE).")
final class TypesCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default) or json.", defaultValue = "text")
    String format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Analyzer analyzer = Analyzer.builder().build();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("types", analyzer.artifactTypes().stream().map(t -> ordered("id", t.id(), "family", t.family(),
                        "description", t.description(), "pathPatterns", t.pathPatterns())).toList());
                doc.put("options", analyzer.parserOptions().stream().map(o -> ordered("key", o.key(), "example", o.example(),
                        "description", o.description())).toList());
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .build().writeValue(out, doc);
                out.println();
            }
            case "text" -> {
                for (ArtifactType t : analyzer.artifactTypes()) {
                    out.printf("%-28s %s%n%-28s paths: %s%n", t.id(), t.description(), "", String.join(", ", t.pathPatterns()));
                }
                List<ParserOption> options = analyzer.parserOptions();
                out.printf("%nParser options (--option KEY=VALUE):%n");
                for (ParserOption o : options) {
                    out.printf("  %-28s %s (e.g. %s)%n", o.key(), o.description(), o.example());
                }
            }
            default -> throw new MgaCommand.UsageException("--format takes text or json, not '" + format + "'");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Keys and values in this order. Not {@code Map.of}: its iteration order is salted per JVM run,
     * so the JSON's key order changed from one run to the next.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
