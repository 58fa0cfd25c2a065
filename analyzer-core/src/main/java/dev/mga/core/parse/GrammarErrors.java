package dev.mga.core.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The first syntax error of a grammar run, in a diagnostic's words ({@code column 12: mismatched
 * input ...}): what the line-format grammars (call-site lines, klog headers, top summaries, the
 * envelope prefixes) say when a hand-written scanner rejects a line. One per lexer and parser pair;
 * not thread-safe.
 */
public final class GrammarErrors extends BaseErrorListener {

    private String first = "";

    /**
     * Makes this the only error listener of {@code lexer} and {@code parser}, and puts the parser in
     * SLL prediction (these grammars are LL(1)-simple; full LL is never needed).
     */
    public void attach(Lexer lexer, Parser parser) {
        lexer.removeErrorListeners();
        lexer.addErrorListener(this);
        parser.removeErrorListeners();
        parser.addErrorListener(this);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                            RecognitionException e) {
        if (first.isEmpty()) {
            first = "column " + (column + 1) + ": " + msg;
        }
    }

    /** True when the run since the last {@link #clear()} met a syntax error. */
    public boolean any() {
        return !first.isEmpty();
    }

    /** The first error's words, or "" when there was none. */
    public String first() {
        return first;
    }

    /** Forgets the last run's error, before the next line. */
    public void clear() {
        first = "";
    }
}
