package dev.mga.core.report;

import dev.mga.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Implementations are stateless. */
public interface ReportRenderer {

    /** {@code md}, {@code html} or {@code json}. */
    String format();

    void render(Report report, Writer out) throws IOException;

    static ReportRenderer forFormat(String format) {
        return switch (format) {
            case "md", "markdown" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer();
            case "json" -> new JsonRenderer();
            default -> throw new IllegalArgumentException("unknown report format '" + format + "' (md, html, json)");
        };
    }
}
