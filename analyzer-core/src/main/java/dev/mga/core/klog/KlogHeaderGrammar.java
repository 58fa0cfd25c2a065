package dev.mga.core.klog;

import dev.mga.core.parse.GrammarErrors;
import dev.mga.grammars.klog.KlogHeaderLexer;
import dev.mga.grammars.klog.KlogHeaderParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The klog header line as its grammar specifies it ({@code grammars/.../klog/KlogHeader.g4}): the
 * specification the fast scanner of {@link KlogReader} is held to, and the source of the
 * diagnostic saying what a line that is almost a header lacks. Slow next to the scanner: used for
 * the few lines that are diagnosed, never for every line. One instance per thread.
 */
final class KlogHeaderGrammar {

    /**
     * What the grammar reads from a header.
     *
     * @param severity the severity letter, or '?' for a header-less line
     * @param date     {@code mmdd}, "" for a header-less line
     * @param time     {@code hh:mm:ss.uuuuuu}, ""
     * @param threadId the thread id as written, ""
     * @param source   {@code file:line}
     * @param message  where the message starts in the line
     */
    record Parsed(char severity, String date, String time, String threadId, String source, int message) {
    }

    private final KlogHeaderLexer lexer = new KlogHeaderLexer(null);
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final KlogHeaderParser parser = new KlogHeaderParser(tokens);
    private final GrammarErrors errors = new GrammarErrors();

    KlogHeaderGrammar() {
        errors.attach(lexer, parser);
    }

    /** The header of {@code line}, or null when the line is not one. */
    Parsed header(String line) {
        reset(line);
        KlogHeaderParser.HeaderContext c = parser.header();
        if (errors.any()) {
            return null;
        }
        return new Parsed(c.severity().getText().charAt(0), c.date().getText(), c.time().getText(), c.threadId().getText(),
                c.source().getText(), messageStart(c.CLOSE().getSymbol().getStopIndex(), line));
    }

    /** The header-less line ({@code file.go:N] msg}), or null. */
    Parsed headerless(String line) {
        reset(line);
        KlogHeaderParser.HeaderlessContext c = parser.headerless();
        if (errors.any()) {
            return null;
        }
        return new Parsed('?', "", "", "", c.source().getText(), messageStart(c.CLOSE().getSymbol().getStopIndex(), line));
    }

    /**
     * Why {@code line} is not a klog header, in the grammar's words ({@code column 7: mismatched input
     * ':' expecting ' '}); "" when it is one.
     */
    String whyNot(String line) {
        reset(line);
        ParserRuleContext ignored = parser.header();
        return !errors.any() ? "" : errors.first();
    }

    private static int messageStart(int close, String line) {
        return Math.min(close + 2, line.length());
    }

    private void reset(String line) {
        errors.clear();
        lexer.setInputStream(CharStreams.fromString(line));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
    }
}
