package dev.mga.core.slab;

import dev.mga.core.model.slab.SlabCallSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the {@code capacity} call sites with the most objects of a listing, whatever its length:
 * real listings have hundreds to a few thousand sites, but a hostile or concatenated file must not
 * grow the model without bound. The culprits rules look for are large by nature, so they stay.
 */
final class LargestSites {

    private final int capacity;
    /** Smallest count first; of equal counts the later line first, so the earlier one stays. */
    private static final Comparator<SlabCallSite> SMALLEST_LATEST_FIRST = (a, b) -> {
        int byCount = Long.compare(a.count(), b.count());
        return byCount != 0 ? byCount : Long.compare(b.location().line(), a.location().line());
    };

    private final PriorityQueue<SlabCallSite> smallestFirst = new PriorityQueue<>(SMALLEST_LATEST_FIRST);
    private long dropped;

    LargestSites(int capacity) {
        this.capacity = capacity;
    }

    /** Whether a site of this count would be kept; when not, it need not even be built. */
    boolean wants(long count) {
        if (smallestFirst.size() < capacity) {
            return true;
        }
        boolean wanted = count > smallestFirst.peek().count();
        if (!wanted) {
            dropped++;
        }
        return wanted;
    }

    /** Keeps a site that {@link #wants} it, pushing out the smallest when full. */
    void add(SlabCallSite site) {
        smallestFirst.add(site);
        if (smallestFirst.size() > capacity) {
            smallestFirst.poll();
            dropped++;
        }
    }

    /** Sites that were counted but not kept. */
    long dropped() {
        return dropped;
    }

    boolean isEmpty() {
        return smallestFirst.isEmpty();
    }

    /** The kept sites in the order the listing gave them. */
    List<SlabCallSite> inOrder() {
        List<SlabCallSite> out = new ArrayList<>(smallestFirst);
        out.sort(Comparator.comparingLong(s -> s.location().line()));
        return out;
    }
}
