package dev.mga.core.slab;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.parse.ColumnTable;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code slabtop -o} (procps-ng): five summary lines ({@code Active / Total Objects (% used)
 * : …}), then the header {@code OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME} and one
 * row per cache with sizes in K (or M, G). slabtop prints each number right-aligned in a
 * {@code printf} width under its header word, so rows are cut at the header's positions; a count
 * wider than its column (seven-digit object counts) pushes the row right, and such a row is read
 * by words, as are rows under a header that was not captured.
 */
public final class SlabTopParser implements ArtifactParser {

    static final ColumnTable.Spec TABLE = ColumnTable.Spec.right().lastColumnTakesRest().names("OBJ SIZE", "CACHE SIZE");
    private static final int COLUMNS = 8;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<SlabCacheStats> caches = new ArrayList<>();
        boolean header = false;
        ColumnTable columns = null;
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            if (t.isEmpty() || t.contains(" : ") && !header) {
                continue;
            }
            if (t.startsWith("OBJS ")) {
                header = true;
                columns = TABLE.table(line);
                continue;
            }
            if (!header) {
                continue;
            }
            SlabCacheStats row = row(columns.read(line).cells(), input, n, line);
            if (row == null) {
                context.diagnostic(n, "not a slabtop row (expected 'OBJS ACTIVE USE% OBJSIZE SLABS OBJ/SLAB CACHESIZE NAME')");
            } else if (caches.size() >= SlabCacheTable.MAX_CACHES) {
                context.diagnostic(n, "more than " + SlabCacheTable.MAX_CACHES + " caches (expected a kernel's few"
                        + " hundred); the rest are left out");
            } else {
                caches.add(row);
            }
        }
        if (!header) {
            context.diagnostic(0, "no 'OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME' header found");
            return;
        }
        if (!caches.isEmpty()) {
            context.emit(new SlabCacheTable("slabtop", "", input.host(), caches, input.location(0)));
        }
    }

    private static SlabCacheStats row(List<String> f, ParseInput input, long n, String raw) {
        if (f.size() < COLUMNS || !f.get(2).endsWith("%")) {
            return null;
        }
        try {
            long objs = Long.parseLong(f.get(0));
            long active = Long.parseLong(f.get(1));
            long objSize = size(f.get(3));
            long slabs = Long.parseLong(f.get(4));
            long perSlab = Long.parseLong(f.get(5));
            long cacheBytes = size(f.get(6));
            return new SlabCacheStats(f.get(7), active, objs, objSize, perSlab, 0, slabs, slabs, cacheBytes,
                    input.location(n), raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 0.04K}, {@code 2048K}, {@code 1.5M} → bytes; NumberFormatException for anything else. */
    static long size(String s) {
        long bytes = Units.slabtopSize(s);
        if (bytes < 0) {
            throw new NumberFormatException("not a slabtop size: " + s);
        }
        return bytes;
    }
}
