package dev.mga.core.slab;

import dev.mga.core.model.slab.CallerTotal;
import dev.mga.core.model.slab.CodeLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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

    /** Keyed by the location itself: its text is built once per caller, not once per line. */
    private final Map<CodeLocation, Tally> byCaller = new HashMap<>();

    void add(CodeLocation caller, long count) {
        Tally t = byCaller.get(caller);
        if (t == null) {
            if (byCaller.size() >= MAX_CALLERS) {
                return;
            }
            t = new Tally(caller, byCaller.size());
            byCaller.put(caller, t);
        }
        t.count = t.count + count < 0 ? Long.MAX_VALUE : t.count + count;
        t.sites++;
    }

    /** The largest callers, most objects first (the first printed first on a tie), with their share of {@code total}. */
    List<CallerTotal> largest(int limit, long total) {
        Comparator<Tally> mostFirst = Comparator.comparingLong((Tally t) -> t.count).reversed().thenComparingInt(t -> t.seen);
        PriorityQueue<Tally> kept = new PriorityQueue<>(mostFirst.reversed()); // the least of the kept on top
        for (Tally t : byCaller.values()) {
            kept.add(t);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        List<Tally> ordered = new ArrayList<>(kept);
        ordered.sort(mostFirst);
        List<CallerTotal> out = new ArrayList<>(ordered.size());
        for (Tally t : ordered) {
            out.add(new CallerTotal(t.caller.text(), t.caller.symbol(), t.count, t.sites, total == 0 ? 0 : (double) t.count / total));
        }
        return List.copyOf(out);
    }
}
