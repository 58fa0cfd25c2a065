package dev.mga.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed model of {@code mga parse} as JSON: each record with its type name. */
final class ModelJson {

    /**
     * The same input gives the same text in every JVM. Map entries by key: many records hold
     * {@code Map.copyOf} maps, whose iteration order changes from one run to the next (a per-run
     * salt). Record components in their declared order, then the other properties (derived
     * {@code @JsonProperty} methods) by name: reflection lists methods in no fixed order.
     */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, MapperFeature.SORT_CREATOR_PROPERTIES_BY_DECLARATION_ORDER)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private ModelJson() {
    }

    static void write(String input, Analyzer.ParseResult result, Writer out) throws IOException {
        // the document's own keys in this order (the mapper sorts the keys of maps only)
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("input", input);
            g.writePOJOField("artifacts", result.artifacts());
            g.writePOJOField("records", result.records().stream().map(ModelJson::typed).toList());
            g.writePOJOField("diagnostics", result.diagnostics());
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** {@code type} then {@code value}. */
    private static Map<String, Object> typed(Object record) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", record.getClass().getSimpleName());
        m.put("value", record);
        return m;
    }
}
