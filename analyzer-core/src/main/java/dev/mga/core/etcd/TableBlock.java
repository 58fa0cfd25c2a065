package dev.mga.core.etcd;

import dev.mga.core.parse.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ASCII table as etcdctl's tablewriter draws it ({@code +---+} borders, {@code | a | b |}
 * rows): cells are the text between a row's {@code |}, and columns are mapped by header text,
 * never by position, so hand-edited headers ({@code LEADER}, {@code RT}, {@code RAFTINDEX}) and
 * newer columns (3.6's {@code STORAGE VERSION}, {@code IN USE}, {@code QUOTA}) read the same.
 * Cutting rows at the border's {@code +} positions (univocity's fixed-width parser) gives the same
 * cells for real tables and cost 39% more per capture (a parser set up for a table of a few rows),
 * so the split stays by hand.
 */
final class TableBlock {

    /** A data row: its cells (continuation lines merged in), first line number and text. */
    record Row(Map<String, String> cells, long line, String text) {
    }

    /** Columns read: etcdctl's widest table has 16. */
    static final int MAX_COLUMNS = 64;
    /** Rows of one table: a cluster has a handful of members. */
    static final int MAX_ROWS = 1000;
    /** Text of one row with its continuation lines. */
    static final int MAX_ROW_TEXT = 8192;

    private List<String> header;
    private long dropped;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    boolean hasHeader() {
        return header != null;
    }

    void reset() {
        header = null;
        rows.clear();
        lines.clear();
        texts.clear();
        dropped = 0;
    }

    /** Rows left out of the current table since the last {@link #takeRows}. */
    long dropped() {
        return dropped;
    }

    /**
     * Takes a {@code |} line: the header when there is none yet, else a data row. tablewriter wraps
     * a long cell onto continuation lines whose first cell is empty: they are joined to the row above.
     */
    void add(String line, String raw, long n) {
        List<String> cells = cells(line);
        if (header == null) {
            header = cells.stream().map(TableBlock::normal).toList();
            return;
        }
        if (!rows.isEmpty() && cells.get(0).isEmpty()) {
            List<String> above = rows.get(rows.size() - 1);
            String text = texts.get(texts.size() - 1);
            if (text.length() >= MAX_ROW_TEXT) {
                return; // continuation lines past any real cell's length
            }
            for (int i = 0; i < cells.size() && i < above.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    above.set(i, above.get(i).isEmpty() ? cells.get(i) : above.get(i) + " " + cells.get(i));
                }
            }
            // the row as captured: its lines, as they follow each other
            texts.set(texts.size() - 1, text + "\n" + raw);
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            dropped++;
            return;
        }
        rows.add(new ArrayList<>(cells));
        lines.add(n);
        texts.add(raw);
    }

    /** The data rows read since the last call, keyed by header. */
    List<Row> takeRows() {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Row(keyed(rows.get(i)), lines.get(i), texts.get(i)));
        }
        rows.clear();
        lines.clear();
        texts.clear();
        dropped = 0;
        return out;
    }

    private Map<String, String> keyed(List<String> cells) {
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
        for (String c : t.split("\\|", MAX_COLUMNS + 1)) { // one literal character: no regex compiled
            out.add(c.strip());
        }
        return out;
    }

    static String normal(String h) {
        return String.join(" ", Words.split(h)).toUpperCase(Locale.ROOT);
    }
}
