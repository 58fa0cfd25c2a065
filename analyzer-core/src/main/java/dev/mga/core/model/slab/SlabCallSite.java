package dev.mga.core.model.slab;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One line of a SLUB {@code alloc_calls}/{@code free_calls} listing (or one record of the
 * debugfs {@code alloc_traces}/{@code free_traces}): how many live objects of a cache were
 * allocated (or last freed) from one code location.
 *
 * @param count      objects attributed to this call site
 * @param caller     the call site
 * @param wasteBytes bytes wasted by all these objects ({@code waste=total/each}), 0 when not printed
 * @param wasteEach  bytes wasted per object, 0 when not printed
 * @param ageMin     youngest object's age, in jiffies
 * @param ageAvg     average age (= ageMin when the kernel printed one age)
 * @param ageMax     oldest object's age
 * @param pidMin     lowest pid that allocated here
 * @param pidMax     highest pid (= pidMin when one was printed)
 * @param cpus       cpus the allocations ran on (absent on single-cpu systems)
 * @param nodes      NUMA nodes of the objects (absent on single-node systems)
 * @param frames     stack frames below the call site (debugfs traces only), innermost first
 * @param share      this site's share of the listing's objects, 0..1
 * @param location   where the line is
 * @param excerpt    the line as captured
 */
public record SlabCallSite(long count, CodeLocation caller, long wasteBytes, long wasteEach,
                           long ageMin, long ageAvg, long ageMax, long pidMin, long pidMax,
                           IdRanges cpus, IdRanges nodes, List<CodeLocation> frames, double share,
                           Location location, String excerpt) implements Located {

    public SlabCallSite {
        frames = List.copyOf(frames);
    }

    /** The caller's symbol, or "" when the kernel had none. */
    public String symbol() {
        return caller.symbol();
    }

    /** True when {@code symbol} is the caller or any frame of the stack. */
    public boolean involves(String symbol) {
        if (function(caller.symbol()).equals(symbol)) {
            return true;
        }
        for (CodeLocation f : frames) {
            if (function(f.symbol()).equals(symbol)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The function a symbol names: ppc64 ELFv1 kernels print the code entry of a function as its
     * name with a leading dot ({@code .alloc_fair_sched_group}, the dot symbol of the function
     * descriptor, in the ELFv1 ABI), which is the same function as {@code alloc_fair_sched_group}.
     */
    public static String function(String symbol) {
        return symbol.length() > 1 && symbol.charAt(0) == '.' ? symbol.substring(1) : symbol;
    }
}
