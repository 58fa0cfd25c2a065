package dev.mga.core.parse;

import dev.mga.grammars.envelope.JournalPrefixLexer;
import dev.mga.grammars.envelope.JournalPrefixParser;
import dev.mga.grammars.envelope.PodLogPrefixLexer;
import dev.mga.grammars.envelope.PodLogPrefixParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The journald and pod-log prefix grammars ({@code grammars/.../envelope/JournalPrefix*.g4},
 * {@code PodLogPrefix*.g4}): the specification the hand scanners ({@link JournalPrefix},
 * {@link PodLogPrefix}) are held to by property tests, and the explanation of a line that starts like
 * one of them but is not ({@link #explain}). Too slow for every line; one instance per thread.
 */
public final class EnvelopeGrammar {

    /**
     * The fields of a prefix, {@code ""} when absent.
     *
     * @param textStart the index of the text after the prefix (the line's length when it has none)
     */
    public record Prefix(String time, String host, String identifier, String pid, String stream, String tag, int textStart) {
    }

    /** A line that does not follow the grammar: where, and what was expected. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final GrammarErrors errors = new GrammarErrors();

    /** The journal prefix of {@code line}. */
    public Prefix journal(String line) throws SyntaxError {
        errors.clear();
        JournalPrefixLexer lexer = listen(new JournalPrefixLexer(CharStreams.fromString(line)));
        JournalPrefixParser parser = listen(new JournalPrefixParser(new CommonTokenStream(lexer)));
        JournalPrefixParser.LineContext l = parser.line();
        failOnErrors();
        String host = l.host() == null ? "" : l.host().getText();
        JournalPrefixParser.IdentifierContext id = l.identifier();
        String name = (id.WORD() != null ? id.WORD() : id.DIGITS(0)).getText();
        String pid = id.LBRACK() == null ? "" : id.DIGITS(id.WORD() != null ? 0 : 1).getText();
        int text = l.TEXT_START() != null ? l.TEXT_START().getSymbol().getStopIndex() + 1 : line.length();
        return new Prefix(l.time().getText(), host, name, pid, "", "", text);
    }

    /** The RFC 3339 or CRI prefix of {@code line}. */
    public Prefix podLog(String line) throws SyntaxError {
        errors.clear();
        PodLogPrefixLexer lexer = listen(new PodLogPrefixLexer(CharStreams.fromString(line)));
        PodLogPrefixParser parser = listen(new PodLogPrefixParser(new CommonTokenStream(lexer)));
        PodLogPrefixParser.LineContext l = parser.line();
        failOnErrors();
        String time = l.TIME().getText();
        PodLogPrefixParser.CriContext cri = l.cri();
        if (cri == null) {
            return new Prefix(time, "", "", "", "", "", l.AFTER_TIME().getSymbol().getStopIndex() + 1);
        }
        TerminalNode tag = cri.CRI_TAG() != null ? cri.CRI_TAG() : cri.CRI_TAG_END();
        String t = tag.getText();
        Token symbol = tag.getSymbol();
        return new Prefix(time, "", "", "", t.substring(0, 6), t.substring(7, 8), Math.min(symbol.getStopIndex() + 1, line.length()));
    }

    /**
     * What the grammar of the prefix {@code line} starts like expected where it stopped
     * ({@code "as a journal line, column 24: mismatched input …"}), or "" when the line does not start
     * like one (a digit starts an RFC 3339 time, a month or weekday name a journal time) or follows it.
     */
    public String explain(String line) {
        if (line.isEmpty()) {
            return "";
        }
        char c = line.charAt(0);
        if (c >= '0' && c <= '9') {
            try {
                podLog(line);
                return "";
            } catch (SyntaxError pod) {
                try {
                    journal(line); // short-iso
                    return "";
                } catch (SyntaxError journal) {
                    return "as a timestamped line, " + pod.getMessage();
                }
            }
        }
        if (line.length() >= 4 && line.charAt(3) == ' ' && (MONTHS.contains(line.substring(0, 3))
                || DAYS.contains(line.substring(0, 3)))) {
            try {
                journal(line);
            } catch (SyntaxError e) {
                return "as a journal line, " + e.getMessage();
            }
        }
        return "";
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String DAYS = "MonTueWedThuFriSatSun";

    private <T extends Lexer> T listen(T lexer) {
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        return lexer;
    }

    private <T extends Parser> T listen(T parser) {
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser;
    }

    private void failOnErrors() throws SyntaxError {
        if (errors.any()) {
            throw new SyntaxError(errors.first());
        }
    }
}
