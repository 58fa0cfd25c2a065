package dev.mga.core.memory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code HOSTNAME: <node>} lines the seed's {@code for HN in …; do echo HOSTNAME: $HN; ssh core@$HN …;
 * done} loops print between hosts: content that says which host the output below is from. Prompts
 * ({@code $ free -h}, {@code [root@node ~]# top -b}) are the envelope layer's ({@code Lines.isPrompt()}).
 */
final class ShellTranscript {

    private static final Pattern HOSTNAME = Pattern.compile("^\\s*HOSTNAME:\\s*(\\S+)\\s*$");

    private ShellTranscript() {
    }

    /** The host a {@code HOSTNAME: x} line names, or null when the line is not one. */
    static String hostname(String line) {
        if (line.indexOf("HOSTNAME:") < 0) {
            return null; // most lines: no regex
        }
        Matcher m = HOSTNAME.matcher(line);
        return m.matches() ? m.group(1) : null;
    }
}
