package dev.mga.core.memory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines an engineer's paste wraps around command output: shell prompts ({@code $ free -h},
 * {@code sh-4.4# grep …}, {@code [root@node ~]# top -b}) and the {@code HOSTNAME: <node>} lines the
 * seed's {@code for HN in …; do echo HOSTNAME: $HN; ssh core@$HN …; done} loops print between hosts.
 */
final class ShellTranscript {

    private static final Pattern HOSTNAME = Pattern.compile("^\\s*HOSTNAME:\\s*(\\S+)\\s*$");
    private static final Pattern PROMPT = Pattern.compile("^\\s*(?:\\$|\\S*[#$]|\\[[^]]*][#$])\\s+\\S.*$");

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

    /** True for a shell prompt followed by a command. */
    static boolean isPrompt(String line) {
        // a prompt has a $ or # before its command; most output lines have neither
        return (line.indexOf('$') >= 0 || line.indexOf('#') >= 0) && PROMPT.matcher(line).matches();
    }

    /** The command of a prompt line ({@code free -g -h -l}), or "" when the line is not one. */
    static String command(String line) {
        if (!isPrompt(line)) {
            return "";
        }
        String t = line.strip();
        int sp = t.indexOf(' ');
        return sp < 0 ? "" : t.substring(sp + 1).strip();
    }
}
