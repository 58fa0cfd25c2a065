package dev.mga.core.model.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A kernel command line: {@code /proc/cmdline}, or the {@code Command line:} / {@code Kernel command line:} line of a
 * boot log. Arguments in order (the kernel pairs each {@code hugepages=} with the {@code hugepagesz=} before it).
 *
 * @param host      node or host, or ""
 * @param source    {@code /proc/cmdline} or {@code kernel log}
 * @param arguments the words as the kernel split them, quotes kept
 * @param location  the line
 * @param excerpt   the line as captured
 */
public record KernelCommandLine(String host, String source, List<String> arguments, Location location, String excerpt)
        implements CapturedLine {

    public KernelCommandLine {
        arguments = List.copyOf(arguments);
    }

    /** Every value of {@code name=} in order ({@code slub_debug} → {@code [U]}); a bare {@code name} gives "". */
    public List<String> values(String name) {
        List<String> out = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals(name)) {
                out.add("");
            } else if (a.startsWith(name + "=")) {
                out.add(a.substring(name.length() + 1));
            }
        }
        return out;
    }

    /** Splits a command line as the kernel does: on spaces, double quotes keep spaces inside a value. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                word.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
