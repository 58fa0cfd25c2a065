package dev.mga.core.metrics;

import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import java.io.IOException;
import java.util.List;

/**
 * The lines of pasted {@code top node|pod} output as both top parsers read them: each is a top
 * command (typed at a prompt the envelope layer read, or echoed on its own) or a table line, split
 * into its cells. Journal notes and blank lines are skipped, and another command's prompt and its
 * output are left aside with one diagnostic ({@link OtherOutput}). Not thread-safe; one per entry.
 */
final class TopLines {

    private final Lines lines;
    private final ParseContext context;
    private final OtherOutput other = new OtherOutput();
    private String line;
    private long number;
    private TopCommand command;
    private List<String> cells;

    TopLines(Lines lines, ParseContext context) {
        this.lines = lines;
        this.context = context;
    }

    /** Moves to the next top command or table line; false at the end of the entry. */
    boolean next() throws IOException {
        while (lines.advance()) {
            if (!lines.isContent() && !lines.isPrompt()) {
                continue; // the journal's own notes
            }
            String l = lines.string();
            long n = lines.lineNumber();
            if (l.isBlank()) {
                continue;
            }
            TopCommand c = lines.isPrompt() ? TopCommand.ofCommand(lines.command()) : TopCommand.of(l);
            if (c == null && lines.isPrompt()) {
                if (!lines.command().isBlank()) {
                    other.start(context, "$ " + lines.command(), n); // another command's output follows
                }
                continue;
            }
            if (c == null && TopCommand.otherPrompt(l)) {
                other.start(context, l, n);
                continue;
            }
            List<String> t = TopTokens.split(l);
            if (other.active()) {
                if (c == null && !TopTokens.isHeader(t)) {
                    other.add(n);
                    continue;
                }
                other.end(context);
            }
            line = l;
            number = n;
            command = c;
            cells = t;
            return true;
        }
        other.end(context);
        return false;
    }

    /** The line's text, as the envelope layer hands it out. */
    String line() {
        return line;
    }

    /** The line's number in the entry. */
    long number() {
        return number;
    }

    /** The top command on this line, or null for a table line. */
    TopCommand command() {
        return command;
    }

    /** The line's blank-separated cells. */
    List<String> cells() {
        return cells;
    }
}
