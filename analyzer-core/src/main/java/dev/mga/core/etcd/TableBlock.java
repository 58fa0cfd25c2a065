package dev.mga.core.etcd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ASCII table as etcdctl's tablewriter draws it ({@code +---+} borders, {@code | a | b |}
 * rows): columns are mapped by header text, never by position, so hand-edited headers
 * ({@code LEADER}, {@code RT}, {@code RAFTINDEX}) and newer columns (3.6's {@code STORAGE VERSION},
 * {@code IN USE}, {@code QUOTA}) read the same.
 */
final class TableBlock {

    private List<String> header;

    boolean hasHeader() {
        return header != null;
    }

    void reset() {
        header = null;
    }

    /** Takes a {@code |} line: the header when there is none yet, else a row keyed by header. */
    Map<String, String> row(String line) {
        List<String> cells = cells(line);
        if (header == null) {
            header = cells.stream().map(TableBlock::normal).toList();
            return null;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        if (cells.size() != header.size()) {
            row.put("", "column count " + cells.size() + " differs from header's " + header.size());
        }
        return row;
    }

    /** What the header says the table is: {@code endpoint status}, {@code endpoint health}, {@code member list}, or "". */
    String kind() {
        if (header == null) {
            return "";
        }
        boolean endpoint = header.contains("ENDPOINT");
        if (endpoint && header.contains("HEALTH")) {
            return "endpoint health";
        }
        if (endpoint && (header.contains("DB SIZE") || header.contains("RAFT TERM") || header.contains("RT")
                || header.contains("IS LEADER") || header.contains("LEADER") || header.contains("DB SIZE/IN USE"))) {
            return "endpoint status";
        }
        if (header.contains("ID") && (header.contains("PEER ADDRS") || header.contains("NAME"))) {
            return "member list";
        }
        return "";
    }

    static List<String> cells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    static String normal(String h) {
        return h.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
