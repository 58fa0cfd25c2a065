package dev.mga.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/** The report as JSON, in the shape {@code docs/report.schema.json} describes. */
public final class JsonRenderer implements ReportRenderer {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write('\n');
    }
}
