package dev.mga.core.slab;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
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
 * row per cache with sizes in K (or M, G).
 */
public final class SlabTopParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<SlabCacheStats> caches = new ArrayList<>();
        boolean header = false;
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            if (t.isEmpty() || t.contains(" : ") && !header) {
                continue;
            }
            if (t.startsWith("OBJS ")) {
                header = true;
                continue;
            }
            if (!header) {
                continue;
            }
            SlabCacheStats row = row(t, input, n, line);
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

    private static SlabCacheStats row(String t, ParseInput input, long n, String raw) {
        String[] f = t.split("\\s+", 8);
        if (f.length < 8 || !f[2].endsWith("%")) {
            return null;
        }
        try {
            long objs = Long.parseLong(f[0]);
            long active = Long.parseLong(f[1]);
            long objSize = Math.round(size(f[3]));
            long slabs = Long.parseLong(f[4]);
            long perSlab = Long.parseLong(f[5]);
            long cacheBytes = Math.round(size(f[6]));
            return new SlabCacheStats(f[7].strip(), active, objs, objSize, perSlab, 0, slabs, slabs, cacheBytes,
                    input.location(n), raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 0.04K}, {@code 2048K}, {@code 1.5M} → bytes; NumberFormatException for anything else. */
    static double size(String s) {
        char unit = Character.toUpperCase(s.charAt(s.length() - 1));
        double mult = switch (unit) {
            case 'K' -> 1024d;
            case 'M' -> 1024d * 1024;
            case 'G' -> 1024d * 1024 * 1024;
            default -> 0;
        };
        String number = mult == 0 ? s : s.substring(0, s.length() - 1);
        // slabtop prints digits and a point: Double would also take NaN, Infinity, 1e999 or 0x1p3
        if (number.isEmpty() || number.length() > 24 || !number.matches("\\d*\\.?\\d*") || number.equals(".")) {
            throw new NumberFormatException("not a slabtop size: " + s);
        }
        return Double.parseDouble(number) * (mult == 0 ? 1 : mult);
    }
}
