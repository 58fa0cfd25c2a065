package dev.mga.core.roundtrip;

import java.util.List;

/**
 * Prints a table the way etcdctl's tablewriter does ({@code +---+} rules, {@code |} columns,
 * headers centred, text left-aligned and numbers right-aligned), for round-trip properties.
 */
final class Tables {

    private Tables() {
    }

    static String ascii(String[] header, List<String[]> rows) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            w[i] = header[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder rule = new StringBuilder("+");
        for (int width : w) {
            rule.append("-".repeat(width + 2)).append('+');
        }
        StringBuilder out = new StringBuilder(rule).append('\n').append('|');
        for (int i = 0; i < header.length; i++) {
            int pad = w[i] - header[i].length();
            out.append(' ').append(" ".repeat(pad / 2)).append(header[i]).append(" ".repeat(pad - pad / 2)).append(" |");
        }
        out.append('\n').append(rule).append('\n');
        for (String[] r : rows) {
            out.append('|');
            for (int i = 0; i < r.length; i++) {
                boolean right = !r[i].isEmpty() && (Character.isDigit(r[i].charAt(0)) || r[i].equals("true") || r[i].equals("false"));
                String cell = right ? " ".repeat(w[i] - r[i].length()) + r[i] : r[i] + " ".repeat(w[i] - r[i].length());
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        return out.append(rule).append('\n').toString();
    }
}
