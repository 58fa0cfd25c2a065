package dev.mga.core.vm;

import dev.mga.core.model.vm.VmCounter;
import dev.mga.core.model.vm.VmStat;
import dev.mga.core.parse.Numbers;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /proc/vmstat}: {@code name value} lines (about 200 on a 6.x kernel). */
final class VmStatParser implements ArtifactParser {

    static final Pattern LINE = Pattern.compile("^([a-z_][a-z0-9_]{0,63}) (-?\\d{1,20})$");
    /** Counters kept: 6.x kernels print about 200. */
    static final int MAX_COUNTERS = 1_000;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Map<String, VmCounter> counters = new LinkedHashMap<>();
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not a vmstat line (expected 'name value')");
                continue;
            }
            String v = m.group(2);
            long value = v.startsWith("-") ? -Math.max(0, Numbers.whole(v.substring(1))) : Numbers.whole(v);
            if (counters.size() < MAX_COUNTERS || counters.containsKey(m.group(1))) {
                counters.put(m.group(1), new VmCounter(m.group(1), value, input.location(lines.lineNumber()), line));
            }
        }
        if (!counters.isEmpty()) {
            context.emit(new VmStat(input.host(), counters, input.location(0)));
        }
    }
}
