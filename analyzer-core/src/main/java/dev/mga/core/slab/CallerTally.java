package dev.mga.core.slab;

import dev.mga.core.model.slab.CallerTotal;
import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.SlabCallSite;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Objects per caller over every site of a listing (kept or not): debugfs traces list one caller
 * on several entries when the stacks differ. At most {@value #MAX_CALLERS} distinct callers are
 * tallied; a listing with more is not one any kernel prints.
 */
final class CallerTally {

    static final int MAX_CALLERS = 20_000;

    private static final class Tally {
        final CodeLocation caller;
        final int seen;
        long count;
        int sites;

        Tally(CodeLocation caller, int seen) {
            this.caller = caller;
            this.seen = seen;
        }
    }

    /**
     * Keyed by the location itself (its text is built once per caller, not once per line), in an
     * open-addressing table whose slots keep the key's hash: a long listing looks up every line, and
     * a HashMap's node-per-entry chase was a fifth of the parser's time on one (issue 13).
     */
    private CodeLocation[] keys = new CodeLocation[64];
    private int[] hashes = new int[64];
    private Tally[] tallies = new Tally[64];
    private int size;

    void add(CodeLocation caller, long count) {
        int h = spread(caller.hashCode());
        int mask = keys.length - 1;
        int slot = h & mask;
        CodeLocation k;
        while ((k = keys[slot]) != null && (hashes[slot] != h || !k.equals(caller))) {
            slot = (slot + 1) & mask;
        }
        Tally t;
        if (k == null) {
            if (size >= MAX_CALLERS) {
                return;
            }
            t = new Tally(caller, size);
            keys[slot] = caller;
            hashes[slot] = h;
            tallies[slot] = t;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            t = tallies[slot];
        }
        t.count = t.count + count < 0 ? Long.MAX_VALUE : t.count + count;
        t.sites++;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Doubles the table (kept at most half full, so probes stay short). */
    private void grow() {
        CodeLocation[] oldKeys = keys;
        int[] oldHashes = hashes;
        Tally[] oldTallies = tallies;
        int length = oldKeys.length * 2;
        keys = new CodeLocation[length];
        hashes = new int[length];
        tallies = new Tally[length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & (length - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (length - 1);
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                tallies[slot] = oldTallies[i];
            }
        }
    }

    /** Most objects first; of equal counts, the first printed first. */
    private static final Comparator<Tally> MOST_FIRST = (a, b) -> {
        int byCount = Long.compare(b.count, a.count);
        return byCount != 0 ? byCount : Integer.compare(a.seen, b.seen);
    };

    /** The largest callers, most objects first (the first printed first on a tie), with their share of {@code total}. */
    List<CallerTotal> largest(int limit, long total) {
        Tally[] ordered = new Tally[size];
        int n = 0;
        for (Tally t : tallies) {
            if (t != null) {
                ordered[n++] = t;
            }
        }
        Arrays.sort(ordered, MOST_FIRST);
        int kept = Math.min(limit, ordered.length);
        CallerTotal[] out = new CallerTotal[kept];
        for (int k = 0; k < kept; k++) {
            Tally t = ordered[k];
            out[k] = new CallerTotal(t.caller.text(), SlabCallSite.function(t.caller.symbol()), t.count, t.sites, total == 0 ? 0 : (double) t.count / total);
        }
        return List.of(out);
    }
}
