package dev.mga.core.parse;

import java.util.ArrayList;
import java.util.List;

/** Splitting captured lines into blank-separated words without regular expressions, on the parsers' hot paths. */
public final class Words {

    private Words() {
    }

    /**
     * The whitespace-separated words of a line; with {@code limit > 0} at most that many, the last
     * one taking the rest of the line as is, trailing blanks cut (top's COMMAND column, slabtop's NAME).
     */
    public static List<String> split(String line, int limit) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            if (limit > 0 && out.size() == limit - 1) {
                int end = n;
                while (end > i && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                out.add(line.substring(i, end));
                return out;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out.add(line.substring(start, i));
        }
    }

    /**
     * Where the whitespace-separated words of {@code line[from, to)} are, without making strings:
     * word {@code i} is {@code line.substring(bounds[2i], bounds[2i+1])}, for the words that fit in
     * {@code bounds}. Returns how many words there are, also those that did not fit.
     */
    public static int bounds(String line, int from, int to, int[] bounds) {
        int count = 0;
        int i = from;
        while (true) {
            while (i < to && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == to) {
                return count;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (2 * count + 1 < bounds.length) {
                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
            }
            count++;
        }
    }

    /** All the whitespace-separated words of a line. */
    public static List<String> split(String line) {
        return split(line, 0);
    }
}
