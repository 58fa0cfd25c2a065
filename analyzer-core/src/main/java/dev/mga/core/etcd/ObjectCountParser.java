package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the must-gather's {@code etcd_object_count}: {@code etcdctl get / --prefix --keys-only |
 * cut -d/ -f3 | sort | uniq -c | sort -rn}, one {@code COUNT NAME} line per third key segment
 * (the resource, or the API group of custom resources).
 */
public final class ObjectCountParser implements ArtifactParser {

    /** Lines kept: a cluster has a few hundred resource types. */
    static final int MAX_LINES = 10_000;
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)\\s*$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<EtcdResourceCount> counts = new ArrayList<>();
        long total = 0;
        boolean cut = false;
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                context.diagnostic(n, "not a 'COUNT RESOURCE' line of uniq -c");
                continue;
            }
            long c = EtcdValues.number(m.group(1));
            total = c > 0 && total > Long.MAX_VALUE - c ? Long.MAX_VALUE : total + Math.max(c, 0);
            if (counts.size() < MAX_LINES) {
                counts.add(new EtcdResourceCount(m.group(2), "", c, -1, input.location(n), line));
            } else if (!cut) {
                cut = true;
                context.diagnostic(n, "more than " + MAX_LINES + " resources (expected one line per resource type);"
                        + " the rest are only counted in the total");
            }
        }
        if (!counts.isEmpty()) {
            context.emit(new EtcdKeyspace("object-count", total, -1, -1, false, List.of(), List.of(), counts, List.of(),
                    input.location(0)));
        }
    }
}
