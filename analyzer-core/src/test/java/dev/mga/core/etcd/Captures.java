package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paths and raw lines of the real etcd 3.4 captures, so tests can take what they expect (the
 * excerpts above all) from the files themselves rather than from a parser.
 */
final class Captures {

    /** Second run: every moment but the partition and the stopped member. */
    static final String RUN2 = "etcd/cluster-3.4/";
    /** First run: partitioned/, member-down/ and its logs. */
    static final String RUN1 = "etcd/cluster-3.4-run1/";

    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

    private Captures() {
    }

    /** {@code R2/…} and {@code R1/…} (as the tests' tables write them) to fixture paths. */
    static String path(String shortPath) {
        String p = shortPath.strip();
        if (p.startsWith("R2/")) {
            return RUN2 + p.substring(3);
        }
        if (p.startsWith("R1/")) {
            return RUN1 + p.substring(3);
        }
        return p;
    }

    static Location at(String path, long line) {
        return new Location("test", path, line);
    }

    /** The file's lines, split on \n only (a progress bar's \r stays in its line). */
    static List<String> lines(String path) {
        return LINES.computeIfAbsent(path, p -> {
            List<String> out = new ArrayList<>(List.of(Fixtures.read(p).split("\n", -1)));
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return List.copyOf(out);
        });
    }

    /** Line {@code n} (1-based) as captured. */
    static String line(String path, long n) {
        return lines(path).get((int) n - 1);
    }

    /** A {@code -w fields} block: its lines from {@code n} up to the next blank line, joined as the parser's excerpts are. */
    static String fieldsBlock(String path, long n) {
        List<String> all = lines(path);
        List<String> block = new ArrayList<>();
        for (int i = (int) n - 1; i < all.size() && !all.get(i).isBlank(); i++) {
            block.add(all.get(i));
        }
        return String.join("\n", block); // the block's lines as the capture holds them
    }

    /** The JSON object on line {@code n} that starts with {@code start}, up to its closing {@code end}. */
    static String jsonElement(String path, long n, String start, String end) {
        String l = line(path, n);
        int from = l.indexOf(start);
        if (from < 0) {
            throw new AssertionError(start + " not on line " + n + " of " + path);
        }
        return l.substring(from, l.indexOf(end, from) + end.length());
    }
}
