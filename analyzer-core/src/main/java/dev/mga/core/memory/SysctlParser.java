package dev.mga.core.memory;

import dev.mga.core.model.memory.SysctlSetting;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code sysctl} output ({@code key = value} lines), e.g. {@code sysctl -a | grep hugepages}. */
public final class SysctlParser implements ArtifactParser {

    static final Pattern LINE = Pattern.compile("^([a-z0-9_]+(?:[./][\\w:.-]+)+) = ?(.*)$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String line;
        while ((line = lines.next()) != null) {
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null) {
                host = hostname;
                continue;
            }
            if (line.isBlank() || !lines.isContent()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                context.emit(new SysctlSetting(host, m.group(1), m.group(2).strip(), input.location(lines.lineNumber()), line));
            } else {
                context.diagnostic(lines.lineNumber(), "not a sysctl line (expected 'key.name = value')");
            }
        }
    }
}
