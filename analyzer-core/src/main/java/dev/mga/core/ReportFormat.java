package dev.mga.core;

import dev.mga.core.model.Report;
import dev.mga.core.report.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * The formats a {@link Report} is written in: the same documents {@code mga analyze} writes.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *     ReportFormat.HTML.write(report, out);
 * }
 * }</pre>
 */
public enum ReportFormat {
    /** Markdown: a summary table across inputs, then each input's findings, inventory and diagnostics. */
    MARKDOWN("md"),
    /** The same as one self-contained HTML file (inline style, no script, no external asset). */
    HTML("html"),
    /** JSON described by {@code docs/report.schema.json}. */
    JSON("json");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** The short name: {@code md}, {@code html} or {@code json}. */
    public String id() {
        return id;
    }

    /**
     * The format named {@code md} (or {@code markdown}), {@code html} or {@code json}.
     *
     * @param name the short name, in any case
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static ReportFormat of(String name) {
        return switch (Objects.requireNonNull(name).toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "html" -> HTML;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown report format '" + name + "' (md, html, json)");
        };
    }

    /**
     * Writes the report in this format. The writer is neither flushed nor closed.
     *
     * @param report the report to write
     * @param out    where to write it
     * @throws IOException when the writer fails
     */
    public void write(Report report, Writer out) throws IOException {
        ReportRenderer.forFormat(id).render(report, out);
    }
}
