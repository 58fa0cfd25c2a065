package dev.mga.core.slab;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/slabinfo} version 2.x: a version line, a {@code # name …} header, then one
 * row per cache: {@code name active_objs num_objs objsize objperslab pagesperslab : tunables
 * limit batchcount sharedfactor : slabdata active_slabs num_slabs sharedavail}. SLAB's statistics
 * columns after {@code slabdata} are ignored.
 */
public final class SlabInfoParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<SlabCacheStats> caches = new ArrayList<>();
        String version = "";
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("slabinfo - version:")) {
                version = t.substring("slabinfo - version:".length()).strip();
                if (!version.startsWith("2.")) {
                    context.diagnostic(n, "slabinfo version " + version + " is not 2.x; rows are read as 2.1");
                }
                continue;
            }
            SlabCacheStats row = row(t, input, n, line);
            if (row == null) {
                context.diagnostic(n, "not a slabinfo row (expected 'name active num objsize objperslab pagesperslab"
                        + " : tunables l b s : slabdata active num sharedavail')");
            } else if (caches.size() >= SlabCacheTable.MAX_CACHES) {
                context.diagnostic(n, "more than " + SlabCacheTable.MAX_CACHES + " caches (expected a kernel's few"
                        + " hundred); the rest are left out");
            } else {
                caches.add(row);
            }
        }
        if (!caches.isEmpty()) {
            context.emit(new SlabCacheTable("slabinfo", version, input.host(), caches, input.location(0)));
        }
    }

    private static SlabCacheStats row(String t, ParseInput input, long n, String raw) {
        int tun = t.indexOf(" : tunables ");
        int sd = t.indexOf(" : slabdata ");
        if (tun < 0 || sd < tun) {
            return null;
        }
        // words without a regular expression: this runs once per cache row (issue 13)
        List<String> left = Words.split(t.substring(0, tun));
        List<String> slabdata = Words.split(t.substring(sd + " : slabdata ".length()));
        if (left.size() < 6 || slabdata.size() < 2) {
            return null;
        }
        try {
            int k = left.size() - 5;
            String name = String.join(" ", left.subList(0, k));
            return new SlabCacheStats(name, Long.parseLong(left.get(k)), Long.parseLong(left.get(k + 1)),
                    Long.parseLong(left.get(k + 2)), Long.parseLong(left.get(k + 3)), Long.parseLong(left.get(k + 4)),
                    Long.parseLong(slabdata.get(0)), Long.parseLong(slabdata.get(1)), 0, input.location(n), raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
