package dev.mga.fleet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/** Reads and writes {@code fleet.json} and the per-input results it is made of. */
public final class FleetJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FleetJson() {
    }

    public static void write(Fleet fleet, Writer out) throws IOException {
        MAPPER.writeValue(out, fleet);
        out.write('\n');
    }

    public static String toJson(Fleet fleet) {
        try {
            return MAPPER.writeValueAsString(fleet) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the fleet as JSON", e);
        }
    }

    public static Fleet readFleet(Reader in) throws IOException {
        return MAPPER.readValue(in, Fleet.class);
    }

    public static void write(FleetInput input, Writer out) throws IOException {
        MAPPER.writeValue(out, input);
        out.write('\n');
    }

    public static FleetInput readInput(Reader in) throws IOException {
        return MAPPER.readValue(in, FleetInput.class);
    }
}
