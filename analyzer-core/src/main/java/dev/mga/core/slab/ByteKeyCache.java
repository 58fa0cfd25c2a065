package dev.mga.core.slab;

import java.util.Arrays;

/**
 * A small, fixed-size cache from a run of bytes to the value built from them, one per listing: a
 * listing repeats the same cpu and node lists on thousands of lines, so the scanner builds each
 * once instead of once per line. Direct-mapped (a colliding key replaces the older one), so its
 * memory is bounded whatever the input; keys longer than {@value #MAX_KEY} bytes are not cached.
 */
final class ByteKeyCache<T> {

    static final int MAX_KEY = 256;
    private static final int SLOTS = 256;

    private final byte[][] keys = new byte[SLOTS][];
    private final Object[] values = new Object[SLOTS];

    /** The value cached for {@code b[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    T get(byte[] b, int from, int to) {
        if (to - from > MAX_KEY) {
            return null;
        }
        int slot = slot(b, from, to);
        byte[] k = keys[slot];
        return k != null && Arrays.equals(k, 0, k.length, b, from, to) ? (T) values[slot] : null;
    }

    /** Caches {@code value} for {@code b[from, to)}; returns it. */
    T put(byte[] b, int from, int to, T value) {
        if (to - from <= MAX_KEY) {
            int slot = slot(b, from, to);
            keys[slot] = Arrays.copyOfRange(b, from, to);
            values[slot] = value;
        }
        return value;
    }

    private static int slot(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
