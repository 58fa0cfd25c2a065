package dev.mga.core.etcd;

import dev.mga.core.parse.Numbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the lines a person typed or a tool printed around etcdctl's output in a pasted transcript
 * from the output itself: the command line (with or without a prompt, continued with {@code \}),
 * heredoc markers a writer wrapped the output in ({@code <<COMMENT} … {@code COMMENT}), the
 * {@code 0} of an {@code echo $?}, and the etcd client's own log lines (capnslog or zap JSON) that
 * etcdctl writes to stderr before its answer. Stateful: one per capture, fed every line in order.
 * Prompts themselves are the envelope layer's; this knows only what is etcd's.
 */
final class TranscriptLines {

    /** What a line of a transcript is. */
    enum Kind {
        /** etcdctl's answer (or anything this class does not claim) */
        OUTPUT,
        /** a command line: {@code etcdctl …}, {@code ETCDCTL_API=3 ./etcdctl …}, {@code docker exec … etcdctl …}, {@code curl …} */
        COMMAND,
        /** a line continuing a command that ended with {@code \} */
        CONTINUATION,
        /** a heredoc marker around output ({@code <<COMMENT}, {@code COMMENT}) */
        HEREDOC,
        /** the exit status printed by {@code echo $?} */
        EXIT_STATUS,
        /** the etcd client library's log line (capnslog {@code 2017-03-20 16:14:25.882335 I | warning: …}) */
        CLIENT_LOG,
        /** a poster's elision: {@code ...}, {@code …}, {@code [...]}, {@code <snip>} */
        ELISION,
        /** the shell's own error about the command ({@code /dev/fd/3: line 120: /usr/bin/etcdctl: Argument list too long}) */
        SHELL_ERROR
    }

    /** A command an engineer types to get etcd output, after optional variable assignments and {@code sudo}. */
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:\\S+=\\S*\\s+)*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:(?:\\S*/)?etcdctl(?:\\.exe)?(?:\\s|$)"
                    + "|(?:docker|podman|crictl|nerdctl|kubectl|oc)\\s+(?:-\\S+\\s+\\S+\\s+)*exec\\s.*\\betcdctl\\b"
                    + "|curl\\s.*(?:/version|/health|/v[23](?:alpha|beta)?/)"
                    + "|for\\s+\\w+\\s+in\\s.*;\\s*do\\s.*\\betcdctl\\b"
                    + "|echo\\s+\\$\\?\\s*$)");
    /** bash's error about a command: {@code <shell or script>: line <n>: <command>: <error>}, or {@code bash: <command>: <error>}. */
    private static final Pattern ECHO_STATUS = Pattern.compile("echo\\s+\\$\\?");
    private static final Pattern SHELL_ERROR = Pattern.compile("^(?:\\S+: line \\d+|-?(?:bash|sh|zsh|ksh|dash)): \\S+: \\S.*");
    private static final Pattern ELISION = Pattern.compile("^(?:\\.{3,}|…+|\\[\\.{3}]|\\[…]|<snip(?:ped)?>|\\(\\.{3}\\)|\\[snip(?:ped)?])$");
    private static final Pattern HEREDOC_START = Pattern.compile("^<<-?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?\\s*$");
    /** etcdctl's client logger (capnslog), 3.1–3.3: {@code 2017-03-20 16:14:25.882335 I | warning: ignoring ServerName …}. */
    private static final Pattern CAPNSLOG_CLIENT = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} [DINWE] \\| (?:warning: |clientv3|grpc|pkg/|etcdclient)");

    private boolean continued;
    private String heredoc;
    private boolean exitStatusNext;

    /** Classifies the next line (already stripped of its envelope). */
    Kind next(String line) {
        String t = line.strip();
        if (continued) {
            continued = t.endsWith("\\");
            return Kind.CONTINUATION;
        }
        if (exitStatusNext) {
            exitStatusNext = false;
            if (t.length() <= 3 && Numbers.whole(t) >= 0) {
                return Kind.EXIT_STATUS;
            }
        }
        Matcher h = HEREDOC_START.matcher(t);
        if (h.matches()) {
            heredoc = h.group(1);
            return Kind.HEREDOC;
        }
        if (heredoc != null && t.equals(heredoc)) {
            heredoc = null;
            return Kind.HEREDOC;
        }
        if (COMMAND.matcher(t).find()) {
            continued = t.endsWith("\\");
            exitStatusNext = t.startsWith("echo");
            return Kind.COMMAND;
        }
        if (CAPNSLOG_CLIENT.matcher(t).find()) {
            return Kind.CLIENT_LOG;
        }
        if (ELISION.matcher(t).matches()) {
            return Kind.ELISION;
        }
        if (SHELL_ERROR.matcher(t).matches()) {
            return Kind.SHELL_ERROR;
        }
        return Kind.OUTPUT;
    }

    /** A prompt line the envelope layer recognised, with the command typed after it ("" for a bare prompt). */
    void prompt(String command) {
        String t = command.strip();
        continued = t.endsWith("\\");
        exitStatusNext = ECHO_STATUS.matcher(t).matches();
    }

    /** True when a line, on its own, is one of the non-output lines (a command, a heredoc start, a client log line). */
    static boolean aside(String line) {
        String t = line.strip();
        return COMMAND.matcher(t).find() || HEREDOC_START.matcher(t).matches() || CAPNSLOG_CLIENT.matcher(t).find();
    }
}
