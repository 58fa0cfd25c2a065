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

    public Limits withMaxTotalBytes(long v) {
        return new Limits(v, maxEntryBytes, maxEntries, maxCompressionRatio, ratioGraceBytes, maxNestingDepth, maxLineLength);
    }

    public Limits withMaxEntryBytes(long v) {
        return new Limits(maxTotalBytes, v, maxEntries, maxCompressionRatio, ratioGraceBytes, maxNestingDepth, maxLineLength);
    }

    public Limits withMaxEntries(long v) {
        return new Limits(maxTotalBytes, maxEntryBytes, v, maxCompressionRatio, ratioGraceBytes, maxNestingDepth, maxLineLength);
    }

    public Limits withMaxCompressionRatio(double v) {
        return new Limits(maxTotalBytes, maxEntryBytes, maxEntries, v, ratioGraceBytes, maxNestingDepth, maxLineLength);
    }

    public Limits withRatioGraceBytes(long v) {
        return new Limits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, v, maxNestingDepth, maxLineLength);
    }

    public Limits withMaxNestingDepth(int v) {
        return new Limits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, ratioGraceBytes, v, maxLineLength);
    }

    public Limits withMaxLineLength(int v) {
        return new Limits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, ratioGraceBytes, maxNestingDepth, v);
    }
}
