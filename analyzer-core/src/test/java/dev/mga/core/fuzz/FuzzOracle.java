package dev.mga.core.fuzz;

import dev.mga.core.Analyzer;
import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Limits;
import dev.mga.core.model.Report;
import dev.mga.core.parse.EnvelopeLines;
import dev.mga.core.report.ReportRenderer;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every fuzz target checks on any input: the analysis returns a report (no exception
 * escapes), no parser broke ("parser failed" is how the pipeline reports a parser exception), no
 * rule failed to evaluate on what the parsers produced, and the report renders in every format.
 */
final class FuzzOracle {

    /** Small limits so that a generated bomb is stopped in milliseconds, not minutes. */
    static final Limits LIMITS = Limits.builder().maxTotalBytes(64L << 20).maxEntryBytes(16L << 20)
            .maxEntries(10_000).ratioGraceBytes(1 << 20).maxNestingDepth(4).maxLineLength(1 << 16).build();

    private static final java.util.regex.Pattern PARSER_FAILED =
            java.util.regex.Pattern.compile("the [a-z]+\\.[a-z-]+ parser failed on this entry \\(");
    private static final java.util.regex.Pattern RULE_FAILED =
            java.util.regex.Pattern.compile("rule [a-z0-9.-]+ could not be evaluated: ");

    private FuzzOracle() {
    }

    static Analyzer analyzer() {
        return Analyzer.builder().limits(LIMITS).build();
    }

    static Report analyze(Analyzer analyzer, String name, byte[] data) {
        Report r = analyzer.analyze(name, new ByteArrayInputStream(data), data.length);
        check(r);
        return r;
    }

    /**
     * One parser on its own, forced: whatever the bytes, it must not throw, its records must
     * serialise to JSON, and every rule must evaluate on the model they make.
     */
    static void parse(ArtifactTypes types, RuleEngine engine, String typeId, byte[] data) {
        ArtifactType type = types.byId(typeId).orElseThrow(() -> new IllegalArgumentException("no type " + typeId));
        CaptureModel.Builder model = CaptureModel.builder("fuzz");
        List<Object> records = new ArrayList<>();
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
                model.add(record);
                records.add(record);
            }

            @Override
            public void diagnostic(long line, String message) {
                if (message == null || message.isEmpty()) {
                    throw new AssertionError("a diagnostic must say what was expected");
                }
            }
        };
        CaptureEntry entry = new CaptureEntry("fuzz", "fuzz-input", "fuzz-input", data.length, 0);
        try {
            type.parser().parse(new ParseInput(entry, new ByteArrayInputStream(data), "", Map.of(), LIMITS.maxLineLength(), EnvelopeLines::open), ctx);
            new Analyzer.ParseResult(records, List.of(), List.of()).writeJson("fuzz", new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        engine.evaluate(model.build(), diagnostics, Map.of());
        if (!diagnostics.isEmpty()) {
            throw new AssertionError("rule failed on " + typeId + " records: " + diagnostics);
        }
    }

    static void check(Report r) {
        for (Diagnostic d : r.diagnostics()) {
            // what the pipeline says when a parser throws or a rule fails; a parser quoting content
            // that happens to hold these words never starts its message like this
            boolean parserBroke = PARSER_FAILED.matcher(d.message()).lookingAt();
            boolean ruleBroke = d.path().isEmpty() && RULE_FAILED.matcher(d.message()).lookingAt();
            if (parserBroke || ruleBroke) {
                throw new AssertionError("robustness bug: " + d);
            }
        }
        for (String format : new String[] {"json", "md", "html"}) {
            StringWriter w = new StringWriter();
            try {
                ReportRenderer.forFormat(format).render(r, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
