package dev.mga.core.memory;

import dev.mga.core.model.memory.SysctlSetting;
import dev.mga.core.parse.Elision;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code sysctl} output ({@code key = value} lines, e.g. {@code sysctl -a | grep hugepages})
 * and sysctl configuration files. The file format of sysctl.conf(5) and sysctl.d(5) (procps-ng,
 * systemd): {@code key = value} or {@code key=value}, blank lines, and comment lines starting with
 * {@code #} or {@code ;}. A file under {@code etc/sysctl.conf} or {@code etc/sysctl.d/}, or any file
 * with comment lines, is configuration: its settings are marked so (what the host applies at boot,
 * not what it runs with), and rules that judge live values leave them out.
 */
public final class SysctlParser implements ArtifactParser {

    static final Pattern LINE = Pattern.compile("^([a-z0-9_]+(?:[./][\\w:.-]+)+)\\s*=\\s*(.*)$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String path = input.entry().detectName();
        boolean configuration = isConfigurationPath(path);
        List<SysctlSetting> settings = new ArrayList<>();
        String line;
        while ((line = lines.next()) != null) {
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null) {
                host = hostname;
                continue;
            }
            if (!lines.isContent()) {
                continue; // a prompt (# sysctl -a) is never a comment
            }
            String t = line.strip();
            if (isComment(t)) {
                configuration = true;
                continue;
            }
            if (line.isBlank() || Elision.is(line)) {
                continue;
            }
            Matcher m = LINE.matcher(t);
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not a sysctl line (expected 'key.name = value')");
            } else if (settings.size() >= MAX_SETTINGS) {
                context.diagnostic(lines.lineNumber(), "more than " + MAX_SETTINGS + " settings (sysctl -a prints a"
                        + " few thousand); the rest are left out");
            } else {
                settings.add(new SysctlSetting(host, m.group(1), m.group(2).strip(), false,
                        input.location(lines.lineNumber()), line));
            }
        }
        // a comment anywhere makes the whole file configuration: the settings are emitted once that is known
        for (SysctlSetting s : settings) {
            context.emit(configuration ? new SysctlSetting(s.host(), s.key(), s.value(), true, s.location(), s.excerpt()) : s);
        }
    }

    /** Settings kept per file: {@code sysctl -a} prints about 1,000 to 3,000 keys. */
    static final int MAX_SETTINGS = 100_000;

    /**
     * A comment line of sysctl.conf(5): {@code #} or {@code ;} first; but not a root prompt before
     * the command that printed the settings ({@code # sysctl -a | grep huge}, {@code # cat /etc/sysctl.conf}).
     */
    static boolean isComment(String stripped) {
        if (stripped.startsWith(";")) {
            return true;
        }
        if (!stripped.startsWith("#")) {
            return false;
        }
        List<String> words = Words.split(stripped.substring(1), 2);
        return words.isEmpty() || !PROMPT_COMMANDS.contains(words.get(0));
    }

    /** Commands whose root prompt ({@code # sysctl …}) is not a comment. */
    private static final Set<String> PROMPT_COMMANDS = Set.of("sysctl", "cat", "grep", "egrep", "less", "more", "head",
            "tail", "sudo", "ssh", "for");

    /** {@code …/etc/sysctl.conf}, {@code …/etc/sysctl.d/*.conf} (and the /usr/lib, /run directories of sysctl.d(5)). */
    static boolean isConfigurationPath(String path) {
        return path.endsWith("sysctl.conf") || path.contains("sysctl.d/");
    }
}
