package dev.mga.core.slab;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.parse.Elision;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/slabinfo}. Version 2.x: a version line, a {@code # name …} header, then one
 * row per cache: {@code name active_objs num_objs objsize objperslab pagesperslab : tunables
 * limit batchcount sharedfactor : slabdata active_slabs num_slabs sharedavail}; SLAB's statistics
 * sections after {@code slabdata} ({@code : globalstat …}, {@code : cpustat …}) are ignored.
 * Version 1.x (2.4 kernels), as Performance Co-Pilot's Linux PMDA documents it (src/pmdas/linux/
 * proc_slabinfo.h): 1.1 rows are {@code name active_objs total_objs objsize active_slabs total_slabs
 * pages_per_slab}, followed on SMP and statistics kernels by {@code : …} sections that are not read;
 * 1.0 rows are {@code name active_objs total_objs}. A name may hold a blank ({@code dm io}): the
 * numbers are counted from the right.
 * <p>Rows without the version line (a {@code grep} or {@code sort | head} of the file) are read as
 * 2.x when they have its {@code : tunables … : slabdata …} layout, with one diagnostic saying so.
 * A row whose sections do not have their column count, or whose active count exceeds its total,
 * is a diagnostic: the first is dropped, the second kept (the kernel counts both under a lock, a
 * reader may still see a torn pair). Poster's elision lines ({@code ...}) are skipped.
 */
public final class SlabInfoParser implements ArtifactParser {

    private static final String ROW_2 = "expected 'name active num objsize objperslab pagesperslab"
            + " : tunables l b s : slabdata active num sharedavail'";

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<SlabCacheStats> caches = new ArrayList<>();
        String version = "";
        boolean unsupported = false;
        boolean rows = false;
        String line;
        int[] words = new int[2 * 7];
        WrappedRows wrapped = new WrappedRows(lines);
        while ((line = wrapped.next()) != null) {
            long n = wrapped.lineNumber();
            String t = line.strip();
            line = wrapped.captured(); // evidence: the row's first line as captured
            if (t.isEmpty() || t.startsWith("#") || Elision.is(t)) {
                continue;
            }
            if (t.startsWith("slabinfo - version:")) {
                version = t.substring("slabinfo - version:".length()).strip();
                unsupported = !version.startsWith("2.") && !version.startsWith("1.");
                if (unsupported) {
                    context.diagnostic(n, "slabinfo version " + version + " is not supported (1.x and 2.x are):"
                            + " its rows are not read");
                }
                continue;
            }
            if (unsupported) {
                continue;
            }
            String problem;
            SlabCacheStats row;
            if (version.startsWith("1.")) {
                row = rowVersion1(t, input, n, line);
                problem = row == null ? "not a slabinfo " + version + " row (expected 'name active_objs total_objs"
                        + " objsize active_slabs total_slabs pages_per_slab', then ': …' sections)" : null;
            } else {
                Row2 r = row2(t, input, n, line, words);
                row = r.stats;
                problem = r.problem;
                if (row != null && version.isEmpty() && !rows) {
                    context.diagnostic(n, "no 'slabinfo - version:' line before the rows: read as version 2.x"
                            + " (the rows have its ': tunables … : slabdata …' layout)");
                }
            }
            if (row == null) {
                context.diagnostic(n, problem);
                continue;
            }
            rows = true;
            if (row.activeObjects() > row.totalObjects() || row.activeSlabs() > row.totalSlabs()) {
                context.diagnostic(n, "active count exceeds the total (" + row.activeObjects() + " of "
                        + row.totalObjects() + " objects, " + row.activeSlabs() + " of " + row.totalSlabs()
                        + " slabs): the row is kept as captured");
            }
            if (caches.size() >= SlabCacheTable.MAX_CACHES) {
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

    /**
     * The first half of a 2.x row a mail client wrapped after its tunables: it has them, not its
     * slabdata (a whole row ends with that section: searched from the end, it is found in a few characters).
     */
    static boolean wrappedHead(String line) {
        return line.lastIndexOf(" : slabdata ") < 0 && line.contains(" : tunables ");
    }

    /** The second half of such a row (stripped): the pages per slab, then {@code : slabdata …}. */
    static boolean wrappedTail(String t) {
        int d = 0;
        while (d < t.length() && Character.isDigit(t.charAt(d))) {
            d++;
        }
        return d > 0 && t.startsWith(" : slabdata ", d);
    }

    /**
     * The lines of a slabinfo, with a 2.x row a mail client wrapped after its tunables ({@code dentry_cache
     * 585455 763395 256 15 1 : tunables 120 60 } then {@code   8 : slabdata 50893 50893 3}) joined again.
     */
    private static final class WrappedRows {
        private final Lines lines;
        private String held;
        private long heldLine;
        private long line;
        private String captured;

        WrappedRows(Lines lines) {
            this.lines = lines;
        }

        /** The next line, or a wrapped row's two halves joined by a blank; null at the end. */
        String next() throws IOException {
            String first;
            if (held != null) {
                first = held;
                line = heldLine;
                held = null;
            } else {
                first = lines.nextContent();
                if (first == null) {
                    return null;
                }
                line = lines.lineNumber();
            }
            captured = first;
            if (!wrappedHead(first)) {
                return first;
            }
            String more = lines.nextContent();
            if (more == null) {
                return first;
            }
            String rest = more.strip();
            if (wrappedTail(rest)) {
                return first.stripTrailing() + " " + rest;
            }
            held = more;
            heldLine = lines.lineNumber();
            return first;
        }

        long lineNumber() {
            return line;
        }

        /** The first line of what {@link #next} returned, as captured. */
        String captured() {
            return captured;
        }
    }

    /** A 2.x row, or null with what is wrong with it. */
    private record Row2(SlabCacheStats stats, String problem) {
    }

    private static Row2 row2(String t, ParseInput input, long n, String raw, int[] w) {
        int tun = t.indexOf(" : tunables ");
        int sd = t.indexOf(" : slabdata ");
        if (tun < 0 || sd < tun) {
            return new Row2(null, "not a slabinfo row (" + ROW_2 + ")");
        }
        SlabCacheStats fast = row2InPlace(t, tun, sd, input, n, raw, w);
        return fast != null ? new Row2(fast, null) : row2Words(t, tun, sd, input, n, raw);
    }

    /**
     * The usual row (a one-word name, 5 + 3 + 3 whole numbers) read where it lies in the line, with no
     * string but the name: this runs once per cache row of every slabinfo (issue 13: the 5,000-file
     * bench spent most of its parse time splitting rows into words). Null for any other row, which
     * {@link #row2Words} reads, or explains.
     */
    private static SlabCacheStats row2InPlace(String t, int tun, int sd, ParseInput input, long n, String raw, int[] w) {
        int tunFrom = tun + " : tunables ".length();
        int sdFrom = sd + " : slabdata ".length();
        int more = t.indexOf(" : ", sdFrom); // SLAB statistics: ' : globalstat …', ' : cpustat …'
        int sdTo = more < 0 ? t.length() : more;
        try {
            if (Words.bounds(t, 0, tun, w) != 6) {
                return null;
            }
            String name = t.substring(w[0], w[1]);
            long active = Long.parseLong(t, w[2], w[3], 10);
            long total = Long.parseLong(t, w[4], w[5], 10);
            long size = Long.parseLong(t, w[6], w[7], 10);
            long perSlab = Long.parseLong(t, w[8], w[9], 10);
            long pages = Long.parseLong(t, w[10], w[11], 10);
            if (Words.bounds(t, tunFrom, sd, w) != 3) {
                return null;
            }
            for (int i = 0; i < 3; i++) {
                Long.parseLong(t, w[2 * i], w[2 * i + 1], 10);
            }
            if (Words.bounds(t, sdFrom, sdTo, w) != 3) {
                return null;
            }
            Long.parseLong(t, w[4], w[5], 10);
            return new SlabCacheStats(name, active, total, size, perSlab, pages, Long.parseLong(t, w[0], w[1], 10),
                    Long.parseLong(t, w[2], w[3], 10), 0, input.location(n), raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Row2 row2Words(String t, int tun, int sd, ParseInput input, long n, String raw) {
        // words without a regular expression: this runs once per cache row (issue 13)
        List<String> left = Words.split(t.substring(0, tun));
        List<String> tunables = Words.split(t.substring(tun + " : tunables ".length(), sd));
        String rest = t.substring(sd + " : slabdata ".length());
        int more = rest.indexOf(" : "); // SLAB statistics: ' : globalstat …', ' : cpustat …'
        List<String> slabdata = Words.split(more < 0 ? rest : rest.substring(0, more));
        if (left.size() < 6 || tunables.size() != 3 || slabdata.size() != 3) {
            return new Row2(null, "slabinfo row with " + (left.size() - 1) + " numbers before ': tunables', "
                    + tunables.size() + " tunables and " + slabdata.size() + " slabdata columns (" + ROW_2
                    + ": 5, 3 and 3)");
        }
        try {
            int k = left.size() - 5;
            String name = String.join(" ", left.subList(0, k));
            for (String v : tunables) {
                Long.parseLong(v);
            }
            Long.parseLong(slabdata.get(2));
            return new Row2(new SlabCacheStats(name, Long.parseLong(left.get(k)), Long.parseLong(left.get(k + 1)),
                    Long.parseLong(left.get(k + 2)), Long.parseLong(left.get(k + 3)), Long.parseLong(left.get(k + 4)),
                    Long.parseLong(slabdata.get(0)), Long.parseLong(slabdata.get(1)), 0, input.location(n), raw), null);
        } catch (NumberFormatException e) {
            return new Row2(null, "not a slabinfo row: a column is not a whole number (" + ROW_2 + ")");
        }
    }

    /**
     * A 1.1 row ({@code name active total objsize active_slabs total_slabs pages_per_slab}) or a 1.0
     * row ({@code name active total}); objects per slab are not stated (0), nor is the object size in 1.0.
     */
    private static SlabCacheStats rowVersion1(String t, ParseInput input, long n, String raw) {
        int sections = t.indexOf(" : ");
        List<String> w = Words.split(sections < 0 ? t : t.substring(0, sections));
        int numbers = 0;
        while (numbers < w.size() - 1 && numbers < 6 && Numbers.whole(w.get(w.size() - 1 - numbers)) >= 0) {
            numbers++;
        }
        if (numbers != 6 && numbers != 2 || w.size() - numbers < 1) {
            return null;
        }
        int k = w.size() - numbers;
        String name = String.join(" ", w.subList(0, k));
        long active = Long.parseLong(w.get(k));
        long total = Long.parseLong(w.get(k + 1));
        if (numbers == 2) {
            return new SlabCacheStats(name, active, total, 0, 0, 0, 0, 0, 0, input.location(n), raw);
        }
        return new SlabCacheStats(name, active, total, Long.parseLong(w.get(k + 2)), 0, Long.parseLong(w.get(k + 5)),
                Long.parseLong(w.get(k + 3)), Long.parseLong(w.get(k + 4)), 0, input.location(n), raw);
    }
}
