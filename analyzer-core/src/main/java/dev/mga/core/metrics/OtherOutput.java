package dev.mga.core.metrics;

import dev.mga.core.spi.ParseContext;

/**
 * The output of another command pasted after a top table in the same capture ({@code # ps -eo ...}
 * and its listing): from that command's prompt line until the next top command line or header, the
 * lines are left aside, with one diagnostic naming the command and the lines, instead of one per row
 * read as a malformed top row.
 */
final class OtherOutput {

    private String command;
    private long from;
    private long to;

    /** True while the lines read belong to another command's output. */
    boolean active() {
        return command != null;
    }

    /** A prompt line of another command at line {@code n}: its output follows. */
    void start(ParseContext context, String promptLine, long n) {
        end(context);
        command = promptLine.strip().substring(1).strip();
        from = n;
        to = n;
    }

    /** A line of that command's output. */
    void add(long n) {
        to = n;
    }

    /** The other command's output ends (a top command or header follows, or the capture ends). */
    void end(ParseContext context) {
        if (command == null) {
            return;
        }
        if (to > from) {
            // a prompt followed at once by the top command or table (`$ cat top.txt`) left nothing aside
            String shown = command.length() > 60 ? command.substring(0, 60) + "…" : command;
            context.diagnostic(from, "lines " + from + "-" + to + " are the output of another command ('" + shown
                    + "'), not a top table: left aside");
        }
        command = null;
    }
}
