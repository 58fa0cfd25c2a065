package dev.mga.core.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.vm.ZoneWatermarks;
import dev.mga.core.parse.Numbers;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /proc/zoneinfo}: for each {@code Node N, zone Z} block, free pages and the min/low/high watermarks, present
 * and managed pages. The per-node and per-zone counters and the per-CPU lists in between are read past.
 */
final class ZoneInfoParser implements ArtifactParser {

    private static final Pattern ZONE = Pattern.compile("^Node (\\d{1,4}), zone +([A-Za-z0-9_]{1,16})\\s*$");
    private static final Pattern FIELD = Pattern.compile("^\\s+(?:pages )?(free|min|low|high|present|managed) +(\\d{1,20})\\s*$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Zone zone = null;
        boolean any = false;
        String line;
        while ((line = lines.nextContent()) != null) {
            Matcher m = ZONE.matcher(line);
            if (m.matches()) {
                emit(input, context, zone);
                zone = new Zone(Integer.parseInt(m.group(1)), m.group(2), input.location(lines.lineNumber()), line);
                any = true;
                continue;
            }
            if (zone != null && (m = FIELD.matcher(line)).matches()) {
                zone.fields.putIfAbsent(m.group(1), Numbers.whole(m.group(2)));
            }
        }
        emit(input, context, zone);
        if (!any) {
            context.diagnostic(0, "no 'Node N, zone Z' block (expected /proc/zoneinfo)");
        }
    }

    private static void emit(ParseInput input, ParseContext context, Zone z) {
        if (z == null) {
            return;
        }
        context.emit(new ZoneWatermarks(input.host(), z.node, z.name, z.get("free"), z.get("min"), z.get("low"),
                z.get("high"), z.get("present"), z.get("managed"), z.at, z.line));
    }

    private static final class Zone {
        final int node;
        final String name;
        final Location at;
        final String line;
        final Map<String, Long> fields = new HashMap<>();

        Zone(int node, String name, Location at, String line) {
            this.node = node;
            this.name = name;
            this.at = at;
            this.line = line;
        }

        long get(String key) {
            return fields.getOrDefault(key, -1L);
        }
    }
}
