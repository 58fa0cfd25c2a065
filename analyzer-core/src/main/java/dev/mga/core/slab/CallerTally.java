package dev.mga.core.slab;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects per caller over every site of a listing (kept or not): debugfs traces list one caller
 * on several entries when the stacks differ. At most {@value #MAX_CALLERS} distinct callers are
 * tallied; a listing with more is not one any kernel prints.
 */
final class CallerTally {

    static final int MAX_CALLERS = 20_000;

    private static final class Tally {
        final String symbol;
        long count;
        int sites;

        Tally(String symbol) {
            this.symbol = symbol;
        }
    }

    private final Map<String, Tally> byCaller = new HashMap<>();

    void add(CodeLocation caller, long count) {
        String key = caller.text();
        Tally t = byCaller.get(key);
        if (t == null) {
            if (byCaller.size() >= MAX_CALLERS) {
                return;
            }
            t = new Tally(caller.symbol());
            byCaller.put(key, t);
        }
        t.count = t.count + count < 0 ? Long.MAX_VALUE : t.count + count;
        t.sites++;
    }

    /** The largest callers, most objects first, with their share of {@code total}. */
    List<CallerTotal> largest(int limit, long total) {
        return byCaller.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().count).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new CallerTotal(e.getKey(), e.getValue().symbol, e.getValue().count, e.getValue().sites,
                        total == 0 ? 0 : (double) e.getValue().count / total))
                .toList();
    }
}
