package dev.mga.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed model of {@code mga parse} as JSON: each record with its type name. */
final class ModelJson {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private ModelJson() {
    }

    static void write(String input, Analyzer.ParseResult result, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("input", input);
        doc.put("artifacts", result.artifacts());
        doc.put("records", result.records().stream()
                .map(r -> Map.of("type", r.getClass().getSimpleName(), "value", r)).toList());
        doc.put("diagnostics", result.diagnostics());
        JSON.writeValue(out, doc);
        out.write('\n');
    }
}
