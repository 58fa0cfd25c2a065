package dev.mga.core.memory;

import dev.mga.core.model.memory.ProcessStatus;
import dev.mga.core.parse.Elision;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
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
    /** Lines kept: the kernel prints about 60 keys. */
    static final int MAX_KEYS = 256;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank() || Elision.is(line)) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not a status line (expected 'Key:<tab>value')");
                continue;
            }
            String value = m.group(2).strip();
            if (!values.containsKey(m.group(1)) && values.size() >= MAX_KEYS) {
                context.diagnostic(lines.lineNumber(), "more than " + MAX_KEYS + " keys (expected the kernel's few dozen);"
                        + " this one is left out");
                continue;
            }
            values.put(m.group(1), value);
            Matcher kb = KB.matcher(value);
            if (kb.matches()) {
                long b = Units.kibToBytes(Numbers.whole(kb.group(1)));
                if (b < 0) {
                    context.diagnostic(lines.lineNumber(), "not a size (expected 'N kB' within 64 bits)");
                } else {
                    bytes.put(m.group(1), b);
                }
            }
        }
        if (values.isEmpty()) {
            return;
        }
        long pid = Numbers.whole(values.getOrDefault("Pid", ""));
        if (pid < 0) {
            Matcher p = PID_IN_PATH.matcher(input.entry().detectName());
            pid = p.find() ? Numbers.whole(p.group(1)) : -1;
        }
        context.emit(new ProcessStatus(input.host(), pid, values.getOrDefault("Name", ""), values, bytes,
                input.location(0)));
    }
}
