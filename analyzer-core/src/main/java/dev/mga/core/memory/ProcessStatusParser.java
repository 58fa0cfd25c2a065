package dev.mga.core.memory;

import dev.mga.core.parse.ArtifactParser;
import dev.mga.core.parse.LineReader;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code /proc/PID/status}: {@code Key:<tab>value} lines, {@code kB} ones resolved to bytes. */
public final class ProcessStatusParser implements ArtifactParser {

    private static final Pattern LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):\\s*(.*)$");
    private static final Pattern KB = Pattern.compile("^(\\d+) kB$");
    private static final Pattern PID_IN_PATH = Pattern.compile("(?:^|/)proc/(\\d+)/status$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        LineReader lines = input.lines();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not a status line (expected 'Key:<tab>value')");
                continue;
            }
            String value = m.group(2).strip();
            values.put(m.group(1), value);
            Matcher kb = KB.matcher(value);
            if (kb.matches()) {
                bytes.put(m.group(1), Long.parseLong(kb.group(1)) * 1024);
            }
        }
        if (values.isEmpty()) {
            return;
        }
        long pid = -1;
        try {
            pid = Long.parseLong(values.getOrDefault("Pid", ""));
        } catch (NumberFormatException e) {
            Matcher p = PID_IN_PATH.matcher(input.entry().detectName());
            pid = p.find() ? Long.parseLong(p.group(1)) : -1;
        }
        context.emit(new ProcessStatus(input.host(), pid, values.getOrDefault("Name", ""), values, bytes,
                input.location(0)));
    }
}
