package dev.mga.core.model;

/**
 * Bounds on what one input may make the analyzer read. A limit that is hit becomes a diagnostic;
 * the analysis goes on with what was read so far.
 *
 * @param maxTotalBytes       uncompressed bytes read from one input, over all entries
 * @param maxEntryBytes       uncompressed bytes read from one entry
 * @param maxEntries          entries (files) of one input, nested archives included
 * @param maxCompressionRatio uncompressed to compressed bytes of one archive layer; checked once
 *                            {@link #ratioGraceBytes} have come out of that layer
 * @param ratioGraceBytes     uncompressed bytes a layer may produce before its ratio is checked
 * @param maxNestingDepth     archives inside archives, the outermost counting as 1
 * @param maxLineLength       characters of one line kept by a parser; the rest is cut with a diagnostic
 */
public record Limits(long maxTotalBytes, long maxEntryBytes, long maxEntries, double maxCompressionRatio,
                     long ratioGraceBytes, int maxNestingDepth, int maxLineLength) {

    public static final long GIB = 1L << 30;
    public static final long MIB = 1L << 20;

    public Limits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 1
                || ratioGraceBytes < 0 || maxNestingDepth < 0 || maxLineLength < 80) {
            throw new IllegalArgumentException("limits must be positive (ratio > 1, line length >= 80): " + this);
        }
    }

    /**
     * Defaults sized for real must-gathers (a few GB uncompressed, text compressing 5–30×) while
     * stopping archive bombs (compression ratios in the thousands, millions of tiny entries).
     */
    public static Limits defaults() {
        return new Limits(64 * GIB, 16 * GIB, 1_000_000, 200.0, 64 * MIB, 5, 1 << 20);
    }

    /** A builder starting from {@link #defaults()}: set only the limits that differ. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Limits one at a time; {@link #build} checks them together. */
    public static final class Builder {
        private long maxTotalBytes;
        private long maxEntryBytes;
        private long maxEntries;
        private double maxCompressionRatio;
        private long ratioGraceBytes;
        private int maxNestingDepth;
        private int maxLineLength;

        private Builder(Limits from) {
            maxTotalBytes = from.maxTotalBytes;
            maxEntryBytes = from.maxEntryBytes;
            maxEntries = from.maxEntries;
            maxCompressionRatio = from.maxCompressionRatio;
            ratioGraceBytes = from.ratioGraceBytes;
            maxNestingDepth = from.maxNestingDepth;
            maxLineLength = from.maxLineLength;
        }

        public Builder maxTotalBytes(long v) {
            maxTotalBytes = v;
            return this;
        }

        public Builder maxEntryBytes(long v) {
            maxEntryBytes = v;
            return this;
        }

        public Builder maxEntries(long v) {
            maxEntries = v;
            return this;
        }

        public Builder maxCompressionRatio(double v) {
            maxCompressionRatio = v;
            return this;
        }

        public Builder ratioGraceBytes(long v) {
            ratioGraceBytes = v;
            return this;
        }

        public Builder maxNestingDepth(int v) {
            maxNestingDepth = v;
            return this;
        }

        public Builder maxLineLength(int v) {
            maxLineLength = v;
            return this;
        }

        /** @throws IllegalArgumentException when a limit is not positive (ratio > 1, line length >= 80) */
        public Limits build() {
            return new Limits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, ratioGraceBytes,
                    maxNestingDepth, maxLineLength);
        }
    }
}
