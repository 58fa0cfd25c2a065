package dev.mga.core.slab;

import dev.mga.core.model.slab.CodeLocation;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the {@code capacity} call sites with the most objects of a listing, whatever its length:
 * real listings have hundreds to a few thousand sites, but a hostile or concatenated file must not
 * grow the model without bound. The culprits rules look for are large by nature, so they stay.
 */
final class LargestSites {

    /**
     * A site as read, its record built only at the end, once its share of the listing is known.
     *
     * @param site   the line's fields
     * @param line   its line number
     * @param text   the line as captured
     * @param frames its stack frames (traces), immutable
     */
    record Kept(CallSiteLineParser.Parsed site, long line, String text, List<CodeLocation> frames) {
        long count() {
            return site.count();
        }
    }

    private final int capacity;
    /**
     * A binary min-heap: the site that goes first at the root. Written out rather than a
     * PriorityQueue with a comparator: on a long listing every kept line sifts through it, and the
     * JDK's shared comparator call site turns megamorphic in a real run (issue 13).
     */
    private Kept[] heap = new Kept[16];
    private int size;
    private long dropped;

    LargestSites(int capacity) {
        this.capacity = capacity;
    }

    /** Smallest count first; of equal counts the later line first, so the earlier one stays. */
    private static boolean goesBefore(Kept a, Kept b) {
        return a.count() != b.count() ? a.count() < b.count() : a.line() > b.line();
    }

    /** Whether a site of this count would be kept; when not, it need not even be built. */
    boolean wants(long count) {
        if (size < capacity) {
            return true;
        }
        boolean wanted = count > heap[0].count();
        if (!wanted) {
            dropped++;
        }
        return wanted;
    }

    /** Keeps a site that {@link #wants} it, pushing out the smallest when full. */
    void add(Kept site) {
        if (size < capacity) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, Math.min(capacity, size * 2));
            }
            heap[size] = site;
            up(size++);
        } else {
            dropped++;
            if (goesBefore(heap[0], site)) {
                heap[0] = site;
                down(0);
            }
        }
    }

    private void up(int k) {
        Kept x = heap[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!goesBefore(x, heap[parent])) {
                break;
            }
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = x;
    }

    private void down(int k) {
        Kept x = heap[k];
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && goesBefore(heap[right], heap[child])) {
                child = right;
            }
            if (!goesBefore(heap[child], x)) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = x;
    }

    /** Sites that were counted but not kept. */
    long dropped() {
        return dropped;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The kept sites in the order the listing gave them. */
    List<Kept> inOrder() {
        Kept[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out, (a, b) -> Long.compare(a.line(), b.line()));
        return Arrays.asList(out);
    }
}
