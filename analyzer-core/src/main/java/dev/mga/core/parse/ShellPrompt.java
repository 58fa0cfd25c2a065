package dev.mga.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shell prompts pasted with command output, the forms real pastes show (the real-world corpus in
 * {@code fixtures/real-world}): {@code $ cmd}, {@code [root@master1 /]# cmd}, {@code sh-4.4# cmd},
 * {@code bash-5.1$ cmd}, {@code user@host:~$ cmd}, {@code root@node# cmd}, up to eight blanks before
 * them (an indented Markdown block), and the end of a bracketed prompt whose start was cut
 * ({@code hugepages-2048kB]# cmd}). A bare {@code # } is a prompt only at the line's start and before a
 * command mga's captures are made with ({@code # cat /proc/meminfo}): {@code # name <active_objs>…} is
 * slabinfo's header and {@code # text} a comment in most formats.
 */
final class ShellPrompt {

    private static final int MAX_INDENT = 8;

    /** Commands a bare {@code # } prompt is recognised before. */
    private static final Set<String> COMMANDS = Set.of("awk", "bash", "cat", "cd", "chroot", "crictl", "cut", "date", "df",
            "dmesg", "docker", "du", "echo", "egrep", "etcdctl", "export", "find", "for", "free", "grep", "head", "hostname",
            "hugeadm", "jq", "journalctl", "kubectl", "less", "ls", "more", "mount", "numactl", "numastat", "oc", "pidstat",
            "podman", "ps", "sar", "sed", "sh", "slabtop", "sort", "ssh", "sudo", "sysctl", "systemctl", "tail", "top",
            "uname", "uptime", "vmstat", "watch", "wc", "while", "xargs", "zcat", "zgrep");

    private ShellPrompt() {
    }

    /** The index just after a prompt starting at {@code p} (its command follows), or -1. */
    static int end(byte[] b, int p, int end) {
        int i = p;
        while (i < end && i - p < MAX_INDENT && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        byte c = b[i];
        if (c == '$') {
            // "$ cmd", and " $> cmd" (a prompt some set PS1 to)
            return blankOrEnd(b, i + 1 < end && b[i + 1] == '>' ? i + 2 : i + 1, end);
        }
        if (c == '#') {
            if (i > p) {
                return -1; // an indented "# for …" is a comment in a configuration file
            }
            int q = blankOrEnd(b, i + 1, end);
            return q > 0 && knownCommand(b, q, end) ? q : -1;
        }
        if (c == '[') {
            return bracketed(b, i, end);
        }
        if ((Ascii.letter(c) || c == '_') && promptWord(b, i, end)) {
            int q = userAtHost(b, i, end);
            if (q >= 0) {
                return q;
            }
        }
        if (!wordEndsInPromptSign(b, i, end)) {
            return -1; // the other prompts are one word ending in # or $: most lines end here after their first word
        }
        if (Ascii.letter(c) || c == '_') {
            int q = shellVersion(b, i, end);
            if (q >= 0) {
                return q;
            }
        }
        return i == p && (Ascii.letter(c) || Ascii.digit(c) || c == '~' || c == '_' || c == '-') ? cutBracket(b, i, end) : -1;
    }

    /**
     * Commands a line may be, typed without a prompt (pasted as the command an output was made with:
     * {@code cat /proc/meminfo | grep -i huge}, {@code hugeadm --pool-list},
     * {@code kubectl logs nfd-master-… -n node-feature-discovery}).
     */
    private static final byte[][] BARE = words("cat", "grep", "egrep", "zgrep", "zcat", "head", "tail", "sort", "etcdctl",
            "kubectl", "oc", "hugeadm", "slabtop", "free", "top", "sysctl", "journalctl", "dmesg", "echo", "ls", "cd", "for",
            "numastat", "numactl", "crictl", "sudo", "vmstat");

    private static byte[][] words(String... words) {
        byte[][] out = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    /**
     * A command line without a prompt, recognised conservatively so that no output line is taken for
     * one: at most one blank, a known command word in lower case, then the line's end or one blank and
     * what starts an argument ({@code -x}, {@code --x}, a path, a quote, {@code $}, or a lower-case word
     * such as a subcommand). {@code top - 10:00:01 up …} (top's header) is not one: a lone {@code -} is no
     * option. Returns the index where the command starts, or -1.
     */
    static int bareCommand(byte[] b, int p, int end) {
        int i = p < end && b[p] == ' ' ? p + 1 : p;
        int k = i;
        while (k < end && k - i <= 10 && b[k] >= 'a' && b[k] <= 'z') {
            k++;
        }
        int n = k - i;
        if (n < 2 || n > 10 || k < end && b[k] != ' ' || !bareWord(b, i, n)) {
            return -1;
        }
        if (k == end) {
            return i;
        }
        int a = k + 1;
        if (a >= end) {
            return -1; // a trailing blank alone
        }
        byte c = b[a];
        if (c == '-') {
            return a + 1 < end && (Ascii.letter(b[a + 1]) || b[a + 1] == '-') ? i : -1;
        }
        if (c == '/' || c == '~' || c == '"' || c == '\'' || c == '$') {
            return i;
        }
        if (c >= 'a' && c <= 'z' && (n == 2 || b[k - 3] == 'c' && b[k - 2] == 't' && b[k - 1] == 'l' || b[i] == 's' && b[i + 1] == 'u' && n == 4)) {
            // oc, kubectl, etcdctl, crictl, sudo: a subcommand word (prose such as "for the …" or "cat food"
            // is never taken: the other commands need an option, a path or a quote)
            int w = a;
            while (w < end && (b[w] >= 'a' && b[w] <= 'z' || b[w] == '-')) {
                w++;
            }
            return (w == end || b[w] == ' ') && subcommand(b, a, w) ? i : -1;
        }
        if (c >= 'a' && c <= 'z' && n == 3 && b[i] == 'f') {
            // for NAME in …
            int w = a;
            while (w < end && (b[w] >= 'a' && b[w] <= 'z' || b[w] == '_')) {
                w++;
            }
            return w + 4 <= end && Ascii.startsWith(b, w, end, " in ") ? i : -1;
        }
        return -1;
    }

    /** Subcommands of kubectl, oc, etcdctl, crictl (and what sudo runs) a bare command line may start with. */
    private static final byte[][] SUBCOMMANDS = words("get", "logs", "describe", "adm", "top", "exec", "debug", "login", "apply",
            "version", "member", "endpoint", "alarm", "check", "defrag", "snapshot", "inspect", "ps", "pods", "images", "stats",
            "info", "cat", "grep", "hugeadm", "slabtop", "sysctl", "journalctl", "dmesg", "crictl", "kubectl", "etcdctl", "oc");

    private static boolean subcommand(byte[] b, int from, int to) {
        for (byte[] w : SUBCOMMANDS) {
            if (w.length == to - from && java.util.Arrays.equals(w, 0, w.length, b, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bareWord(byte[] b, int i, int n) {
        for (byte[] w : BARE) {
            if (w.length == n && w[0] == b[i] && java.util.Arrays.equals(w, 0, n, b, i, i + n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a bracketed prompt whose start the paste lost ({@code hugepages-2048kB]# cmd},
     * {@code ~]$ cmd}): a path-like word ending in {@code ]#} or {@code ]$}; the index after it, or -1.
     */
    private static int cutBracket(byte[] b, int i, int end) {
        int k = i;
        while (k < end && k - i < 256 && (Ascii.letter(b[k]) || Ascii.digit(b[k]) || b[k] == '-' || b[k] == '_'
                || b[k] == '.' || b[k] == '/' || b[k] == '~')) {
            k++;
        }
        if (k == i || k + 1 >= end || b[k] != ']' || b[k + 1] != '#' && b[k + 1] != '$') {
            return -1;
        }
        return blankOrEnd(b, k + 2, end);
    }

    /** True when the first word from {@code i} (up to a blank) ends with {@code #} or {@code $}. */
    static boolean wordEndsInPromptSign(byte[] b, int i, int end) {
        int k = i;
        int stop = Math.min(end, i + 512);
        while (k < stop && b[k] != ' ' && b[k] != '\t') {
            k++;
        }
        return k > i && (b[k - 1] == '#' || b[k - 1] == '$');
    }

    /**
     * True when the first word from {@code i} may start a prompt: it ends with {@code #}, {@code $} or
     * {@code >}, or holds an {@code @} ({@code user@host ~ $}, {@code user@host:~=>}).
     */
    static boolean promptWord(byte[] b, int i, int end) {
        int k = i;
        int stop = Math.min(end, i + 512);
        boolean at = false;
        while (k < stop && b[k] != ' ' && b[k] != '\t') {
            at |= b[k] == '@';
            k++;
        }
        return k > i && (at || b[k - 1] == '#' || b[k - 1] == '$' || b[k - 1] == '>');
    }

    /**
     * {@code [user@host dir]# cmd} or {@code ]$}: the index after it, or -1. The blank after the sign
     * may be missing ({@code [root@localhost home]#cat /proc/meminfo}): the bracket is prompt enough.
     */
    private static int bracketed(byte[] b, int i, int end) {
        int at = user(b, i + 1, end);
        if (at < 0 || b[at] != '@') {
            return -1;
        }
        int h = host(b, at + 1, end);
        if (h == at + 1) {
            return -1;
        }
        int k = h;
        while (k < end && b[k] != ']' && b[k] != '[' && k - h < 256) {
            k++;
        }
        if (k + 1 >= end || b[k] != ']' || b[k + 1] != '#' && b[k + 1] != '$') {
            return -1;
        }
        return k + 2;
    }

    /** {@code sh-4.4#}, {@code bash-5.1$}: the index after it, or -1. */
    private static int shellVersion(byte[] b, int i, int end) {
        int k;
        if (Ascii.startsWith(b, i, end, "sh-")) {
            k = i + 3;
        } else if (Ascii.startsWith(b, i, end, "bash-")) {
            k = i + 5;
        } else {
            return -1;
        }
        int v = k;
        while (k < end && (Ascii.digit(b[k]) || b[k] == '.')) {
            k++;
        }
        if (k == v || k >= end || b[k] != '#' && b[k] != '$') {
            return -1;
        }
        return blankOrEnd(b, k + 1, end);
    }

    /**
     * {@code user@host#}, {@code user@host:~$}, {@code user@host:/path#}, Gentoo's {@code user@host ~ $},
     * and the {@code =>} or {@code >} some set PS1 to ({@code user@host:~=>}, psql-like): the index after
     * it, or -1.
     */
    private static int userAtHost(byte[] b, int i, int end) {
        int at = user(b, i, end);
        if (at < 0 || b[at] != '@') {
            return -1;
        }
        int h = host(b, at + 1, end);
        if (h == at + 1 || h >= end) {
            return -1;
        }
        int k = h;
        if (b[k] == ':') {
            k++;
            while (k < end && b[k] != ' ' && b[k] != '#' && b[k] != '$' && b[k] != '>' && k - h < 256) {
                k++;
            }
        } else if (b[k] == ' ') {
            // user@host dir $
            int d = k + 1;
            int w = d;
            while (w < end && b[w] != ' ' && b[w] != '\t' && w - d < 256) {
                w++;
            }
            if (w == d || w + 1 >= end || b[w] != ' ' || b[w + 1] != '#' && b[w + 1] != '$'
                    || !(b[d] == '~' || b[d] == '/' || Ascii.letter(b[d]))) {
                return -1;
            }
            k = w + 1;
        } else if (b[k] == '=' && k + 1 < end && b[k + 1] == '>') {
            k++;
        }
        if (k >= end || b[k] != '#' && b[k] != '$' && b[k] != '>') {
            return -1;
        }
        return blankOrEnd(b, k + 1 < end && b[k] != '>' && b[k + 1] == '>' ? k + 2 : k + 1, end);
    }

    /** A user name from {@code i}: the index after it (where {@code @} must be), or -1. */
    private static int user(byte[] b, int i, int end) {
        int k = i;
        if (k >= end || !(Ascii.letter(b[k]) || b[k] == '_')) {
            return -1;
        }
        while (k < end && k - i < 32 && (Ascii.letter(b[k]) || Ascii.digit(b[k]) || b[k] == '_' || b[k] == '-' || b[k] == '.')) {
            k++;
        }
        return k < end ? k : -1;
    }

    private static int host(byte[] b, int i, int end) {
        int k = i;
        while (k < end && k - i < 253 && (Ascii.letter(b[k]) || Ascii.digit(b[k]) || b[k] == '-' || b[k] == '.' || b[k] == '_')) {
            k++;
        }
        return k;
    }

    /** {@code i} when a blank or the line's end is there (the blank is the prompt's), else -1. */
    private static int blankOrEnd(byte[] b, int i, int end) {
        if (i == end) {
            return i;
        }
        return b[i] == ' ' || b[i] == '\t' ? i : -1;
    }

    private static boolean knownCommand(byte[] b, int i, int end) {
        while (i < end && b[i] == ' ') {
            i++;
        }
        int k = i;
        while (k < end && b[k] != ' ' && k - i < 16) {
            k++;
        }
        return k > i && COMMANDS.contains(new String(b, i, k - i, StandardCharsets.ISO_8859_1));
    }

    /**
     * True when {@code command} (the lines typed so far) is unfinished, so that the shell prompts for
     * more with {@code > }: a trailing {@code \}, {@code |}, {@code &&}, an open quote, or a loop or test
     * without its end.
     */
    static boolean unfinished(String command) {
        if (command.isEmpty()) {
            return false;
        }
        char last = command.charAt(command.length() - 1);
        if (last == '\\' || last == '|' || last == '&' || last == '{' || last == '(') {
            return true;
        }
        int single = 0;
        int dbl = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                single++;
            } else if (c == '"' && (i == 0 || command.charAt(i - 1) != '\\')) {
                dbl++;
            }
        }
        if (single % 2 == 1 || dbl % 2 == 1) {
            return true;
        }
        List<String> words = words(command);
        String first = words.isEmpty() ? "" : words.get(0);
        return (first.equals("for") || first.equals("while") || first.equals("until")) && !words.contains("done")
                || first.equals("if") && !words.contains("fi");
    }

    /** The words of a command, split at blanks and {@code ;} (no regex: one prompt line at a time). */
    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= command.length(); i++) {
            boolean sep = i == command.length() || Character.isWhitespace(command.charAt(i)) || command.charAt(i) == ';';
            if (sep && start >= 0) {
                out.add(command.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
