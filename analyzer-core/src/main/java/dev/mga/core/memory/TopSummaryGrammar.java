package dev.mga.core.memory;

import dev.mga.core.parse.GrammarErrors;
import dev.mga.grammars.top.TopSummaryLexer;
import dev.mga.grammars.top.TopSummaryParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The summary lines of {@code top -b} as their grammar specifies them
 * ({@code grammars/.../top/TopSummary.g4}, written from procps-ng's top.c): the specification the
 * hand scanner of {@link TopSummary} is held to, and the source of the diagnostic saying where a
 * line that starts like a summary line breaks. Slow next to the scanner: used only for the lines
 * that are diagnosed. One instance per thread.
 */
final class TopSummaryGrammar {

    /** Which summary line a line is. */
    enum Kind { FIRST, TASKS, CPUS, MEMORY, SWAP }

    /**
     * What the grammar reads from a summary line.
     *
     * @param kind    which line
     * @param prefix  the line's first word as written ({@code top}, {@code Tasks}, {@code %Cpu(s):},
     *                {@code %Cpu0}, {@code MiB} ...)
     * @param time    the clock of a first line, else ""
     * @param uptime  the uptime of a first line as written ({@code 3 days,  2:01}), else ""
     * @param users   the user count of a first line as written ({@code 1}, {@code ?}), else ""
     * @param load    the three load averages of a first line as written, else empty
     * @param figures each figure by its label, in line order ({@code total -> 24105.6},
     *                {@code avail Mem -> 21806.1}, {@code us -> 0.3}); a graph line gives
     *                {@code percent} and {@code total}; the figure as written without top's
     *                overflow {@code +}
     */
    record Parsed(Kind kind, String prefix, String time, String uptime, String users, List<String> load,
                  Map<String, String> figures) {
    }

    private final TopSummaryLexer lexer = new TopSummaryLexer(null);
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final TopSummaryParser parser = new TopSummaryParser(tokens);
    private final GrammarErrors errors = new GrammarErrors();

    TopSummaryGrammar() {
        errors.attach(lexer, parser);
    }

    /** True when {@code t} (a stripped line) starts like one of top's summary lines. */
    static boolean startsLikeSummary(String t) {
        return t.startsWith("top - ") || t.startsWith("Tasks:") || t.startsWith("Threads:") || t.startsWith("%Cpu")
                || t.startsWith("%Node") || t.length() > 4 && t.charAt(1) == 'i' && t.charAt(2) == 'B' && t.charAt(3) == ' '
                && (t.startsWith("Mem", 4) || t.startsWith("Swap", 4));
    }

    /** The summary line {@code line}, or null when the grammar does not take it. */
    Parsed parse(String line) {
        reset(line);
        TopSummaryParser.SummaryLineContext c = parser.summaryLine();
        if (errors.any()) {
            return null;
        }
        String prefix = c.getStart().getText();
        if (c.first() != null) {
            TopSummaryParser.FirstContext f = c.first();
            List<String> load = new ArrayList<>();
            f.load().forEach(l -> load.add(l.getText()));
            return new Parsed(Kind.FIRST, prefix, f.TIME().getText(), text(line, f.uptime()),
                    f.users().getChild(0).getText(), List.copyOf(load), Map.of());
        }
        if (c.tasks() != null) {
            return new Parsed(Kind.TASKS, prefix, "", "", "", List.of(), figures(c.tasks(), true));
        }
        if (c.cpus() != null) {
            TopSummaryParser.CpusContext p = c.cpus();
            return new Parsed(Kind.CPUS, prefix, "", "", "", List.of(), p.graph() != null ? graph(p.graph()) : figures(p.states(), false));
        }
        boolean mem = c.memory() != null;
        ParserRuleContext m = mem ? c.memory() : c.swap();
        TopSummaryParser.GraphContext g = mem ? c.memory().graph() : c.swap().graph();
        return new Parsed(mem ? Kind.MEMORY : Kind.SWAP, prefix, "", "", "", List.of(), g != null ? graph(g) : figures(m, true));
    }

    /**
     * Why {@code line} is not a summary line, in the grammar's words ({@code column 22: mismatched
     * input 'x' expecting {',', 'day', 'days'}}); "" when it is one.
     */
    String whyNot(String line) {
        reset(line);
        ParserRuleContext ignored = parser.summaryLine();
        return !errors.any() ? "" : errors.first();
    }

    /**
     * Each number with the words after it up to the next ',' or '.', in order; after the first
     * colon when {@code afterColon}.
     */
    private static Map<String, String> figures(ParserRuleContext c, boolean afterColon) {
        List<Token> terminals = new ArrayList<>();
        collect(c, terminals);
        Map<String, String> figures = new LinkedHashMap<>();
        String number = null;
        StringBuilder label = new StringBuilder();
        boolean started = !afterColon;
        for (Token t : terminals) {
            int type = t.getType();
            if (!started) {
                started = type == TopSummaryLexer.COLON;
            } else if (type == TopSummaryLexer.COMMA || type == TopSummaryLexer.DOT) {
                figures.put(label.toString(), number);
                number = null;
                label.setLength(0);
            } else if (number == null && (type == TopSummaryLexer.INT || type == TopSummaryLexer.DECIMAL)) {
                number = t.getText();
            } else if (number == null && type == TopSummaryLexer.CUT) {
                number = t.getText().substring(0, t.getText().length() - 1);
            } else {
                label.append(label.isEmpty() ? "" : " ").append(t.getText());
            }
        }
        if (number != null) {
            figures.put(label.toString(), number);
        }
        return figures;
    }

    private static Map<String, String> graph(TopSummaryParser.GraphContext g) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("percent", g.DECIMAL().getText());
        String total = g.amount().getText();
        figures.put("total", total.endsWith("+") ? total.substring(0, total.length() - 1) : total);
        return figures;
    }

    private static void collect(ParseTree tree, List<Token> into) {
        if (tree instanceof TerminalNode n) {
            into.add(n.getSymbol());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), into);
        }
    }

    private static String text(String line, ParserRuleContext c) {
        return line.substring(c.getStart().getStartIndex(), c.getStop().getStopIndex() + 1);
    }

    private void reset(String line) {
        errors.clear();
        lexer.setInputStream(CharStreams.fromString(line));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
    }
}
