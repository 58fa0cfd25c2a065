package dev.mga.core.model.slab;

/**
 * A kernel range list such as {@code 0-7,12,14-15} (cpus or NUMA nodes), kept as printed with
 * the number of ids it covers.
 *
 * @param text  as printed, "" when absent
 * @param count how many ids the ranges cover
 */
public record IdRanges(String text, long count) {

    public static final IdRanges NONE = new IdRanges("", 0);

    /** Parses a range list; malformed parts are not counted. */
    public static IdRanges parse(String text) {
        long count = 0;
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            try {
                if (dash < 0) {
                    Long.parseLong(part.trim());
                    count++;
                } else {
                    long lo = Long.parseLong(part.substring(0, dash).trim());
                    long hi = Long.parseLong(part.substring(dash + 1).trim());
                    count += Math.max(0, hi - lo + 1);
                }
            } catch (NumberFormatException e) {
                // not counted
            }
        }
        return new IdRanges(text, count);
    }
}
