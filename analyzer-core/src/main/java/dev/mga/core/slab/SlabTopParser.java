package dev.mga.core.slab;

import dev.mga.core.model.Location;
import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabTopSummary;
import dev.mga.core.parse.ColumnTable;
import dev.mga.core.parse.Elision;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
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
 * by words, as are rows pasted without the summary and header (they are read when they have
 * slabtop's eight columns, {@link #isRow}). A paste a mail client wrapped at a fixed width shows the
 * header cut after {@code SLABS} and {@code OBJ/SLAB CACHE SIZE NAME} on the next line, and every
 * row cut the same way: then each row is read by words from its two lines (its evidence is the
 * first, as for wrapped call sites). A summary line may have lost the blanks before its colon
 * ({@code Active / Total Objects (% used): …}). An {@code Active / Total} line after a table starts
 * another run's summary and table (a session or a mail showing slabtop twice): runs are not merged.
 * <p>The summary is kept as a {@link SlabTopSummary}, also when no cache table follows (a copy of
 * interactive slabtop's top lines): such a capture is read, not rejected for a missing header.
 */
public final class SlabTopParser implements ArtifactParser {

    static final ColumnTable.Spec TABLE = ColumnTable.Spec.right().lastColumnTakesRest().names("OBJ SIZE", "CACHE SIZE");
    private static final int COLUMNS = 8;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<SlabCacheStats> caches = new ArrayList<>();
        Summary summary = new Summary();
        boolean header = false;
        ColumnTable columns = null;
        boolean headerCut = false;
        boolean wrapped = false;
        List<String> firstHalf = null;
        long firstLine = 0;
        String firstRaw = null;
        long tableLine = 0;
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            if (t.isEmpty() || Elision.is(t)) {
                continue;
            }
            // under a table only another run's 'Active / Total' line is a summary line: rows need no search
            int colon = !header || t.startsWith("Active / Total ") ? summaryColon(t) : -1;
            if (colon >= 0 && header) {
                // another snapshot's summary after a table (a session that ran slabtop twice): its own artifact's records
                snapshot(input, context, summary, caches, tableLine);
                summary = new Summary();
                caches = new ArrayList<>();
                header = false;
                columns = null;
                headerCut = false;
                wrapped = false;
                firstHalf = null;
                tableLine = 0;
            }
            if (!header && colon >= 0) {
                if (!summary.line(t, colon, input, n, line)) {
                    context.diagnostic(n, "not a slabtop summary line (expected 'Active / Total Objects (% used) : a / b (p%)'"
                            + " and its Slabs, Caches, Size lines, or 'Minimum / Average / Maximum Object : …')");
                }
                continue;
            }
            if (t.startsWith("OBJS ")) {
                header = true;
                tableLine = n;
                columns = TABLE.table(line);
                headerCut = !t.contains("NAME");
                continue;
            }
            if (headerCut) {
                headerCut = false;
                if (t.startsWith("OBJ/SLAB ") && t.endsWith("NAME")) {
                    wrapped = true; // the header's second half: every row comes in two lines
                    continue;
                }
            }
            if (wrapped) {
                List<String> words = Words.split(t);
                if (firstHalf == null && words.size() < COLUMNS) {
                    firstHalf = words;
                    firstLine = n;
                    firstRaw = line;
                    continue;
                }
                List<String> whole = words;
                long at = n;
                String raw = line;
                if (firstHalf != null) {
                    whole = new ArrayList<>(firstHalf);
                    whole.addAll(words);
                    at = firstLine;
                    raw = firstRaw;
                    firstHalf = null;
                }
                SlabCacheStats row = whole.size() == COLUMNS ? row(whole, input, at, raw) : null;
                if (row == null) {
                    context.diagnostic(at, "not a slabtop row wrapped over two lines (expected 'OBJS ACTIVE USE% OBJSIZE"
                            + " SLABS', then 'OBJ/SLAB CACHESIZE NAME' on the next line, as the header is)");
                } else if (caches.size() < SlabCacheTable.MAX_CACHES) {
                    caches.add(row);
                }
                continue;
            }
            if (!header) {
                // rows pasted without the summary and header (the biggest caches cut out of a session)
                SlabCacheStats row = row(Words.split(t), input, n, line);
                if (row != null && caches.size() < SlabCacheTable.MAX_CACHES) {
                    caches.add(row);
                }
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
        if (firstHalf != null) {
            context.diagnostic(firstLine, "the first half of a wrapped slabtop row without its second line: not read");
        }
        if (!header && caches.isEmpty() && summary.location == null) {
            context.diagnostic(0, "no 'OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME' header found");
            return;
        }
        snapshot(input, context, summary, caches, tableLine);
    }

    /** One run's records: its summary when it was captured, its cache table when it has rows (located at its header). */
    private static void snapshot(ParseInput input, ParseContext context, Summary summary, List<SlabCacheStats> caches,
                                 long tableLine) {
        if (summary.location != null) {
            context.emit(summary.build(input.host()));
        }
        if (!caches.isEmpty()) {
            context.emit(new SlabCacheTable("slabtop", "", input.host(), caches, input.location(tableLine)));
        }
    }

    /**
     * Where a summary line's label ends: its {@code " : "}, or the first colon of a line that starts
     * with a summary label (a paste that lost the blanks before it); -1 for a line that is not one.
     */
    private static int summaryColon(String t) {
        int colon = t.indexOf(" : ");
        if (colon >= 0) {
            return colon + 1;
        }
        if (t.startsWith("Active / Total ") || t.startsWith("Minimum / Average / Maximum")
                || t.startsWith("Minium / Average / Maximum")) {
            return t.indexOf(':');
        }
        return -1;
    }

    /**
     * A slabtop cache row by its words alone ({@code 112084  10550   9%   16.00K   3507       32   1795584K
     * kmalloc-16384}): eight columns, the third a percentage, object and cache sizes with their unit.
     */
    static boolean isRow(String line) {
        List<String> f = Words.split(line.strip());
        if (f.size() != COLUMNS || !f.get(2).endsWith("%") || !sized(f.get(3)) || !sized(f.get(6))) {
            return false;
        }
        for (int i : new int[] {0, 1, 4, 5}) {
            if (f.get(i).isEmpty() || !f.get(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean sized(String v) {
        char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        return (unit == 'K' || unit == 'M' || unit == 'G') && v.length() > 1 && Character.isDigit(v.charAt(0));
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

    /** The summary lines, as they are read. */
    private static final class Summary {
        long activeObjects = -1;
        long totalObjects = -1;
        long activeSlabs = -1;
        long totalSlabs = -1;
        long activeCaches = -1;
        long totalCaches = -1;
        long activeBytes = -1;
        long totalBytes = -1;
        Location location;
        String excerpt = "";

        /**
         * {@code Active / Total Objects (% used) : 4852012 / 4982054 (97.4%)} (Slabs, Caches, Size
         * likewise) or {@code Minimum / Average / Maximum Object : 0.01K / 0.08K / 8.00K}; false for
         * any other line.
         */
        boolean line(String t, int colon, ParseInput input, long n, String raw) {
            String label = t.substring(0, colon).strip();
            List<String> v = Words.split(t.substring(colon + 1));
            if (label.startsWith("Minimum / Average / Maximum") || label.startsWith("Minium / Average / Maximum")) {
                return v.size() == 5; // object sizes: not kept
            }
            if (!label.startsWith("Active / Total ") || v.size() < 3 || !v.get(1).equals("/")) {
                return false;
            }
            String what = label.substring("Active / Total ".length());
            try {
                if (what.startsWith("Size")) {
                    activeBytes = size(v.get(0));
                    totalBytes = size(v.get(2));
                } else {
                    long a = Long.parseLong(v.get(0));
                    long b = Long.parseLong(v.get(2));
                    if (what.startsWith("Objects")) {
                        activeObjects = a;
                        totalObjects = b;
                    } else if (what.startsWith("Slabs")) {
                        activeSlabs = a;
                        totalSlabs = b;
                    } else if (what.startsWith("Caches")) {
                        activeCaches = a;
                        totalCaches = b;
                    } else {
                        return false;
                    }
                }
            } catch (NumberFormatException e) {
                return false;
            }
            if (location == null) {
                location = input.location(n);
                excerpt = raw;
            }
            return true;
        }

        SlabTopSummary build(String host) {
            return new SlabTopSummary(host, activeObjects, totalObjects, activeSlabs, totalSlabs, activeCaches, totalCaches,
                    activeBytes, totalBytes, location, excerpt);
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
