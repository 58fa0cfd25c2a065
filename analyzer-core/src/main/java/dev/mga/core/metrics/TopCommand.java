package dev.mga.core.metrics;

import dev.mga.core.parse.Words;
import java.util.List;

/**
 * The flags of a pasted {@code kubectl top} / {@code oc adm top} command line that change the
 * table's shape or meaning.
 */
record TopCommand(String text, boolean allNamespaces, boolean containers, boolean noHeaders, boolean showCapacity,
                  String namespace, String sortBy) {

    static final TopCommand NONE = new TopCommand("", false, false, false, false, "", "");

    /** A {@code $ …top node|pod…} prompt line, or null when the line is not one. */
    static TopCommand of(String line) {
        String t = line.strip();
        if (!(t.startsWith("$") || t.startsWith("#")) || !t.contains(" top ")) {
            return null;
        }
        String cmd = t.substring(1).strip();
        List<String> words = Words.split(cmd);
        boolean all = false;
        boolean containers = false;
        boolean noHeaders = false;
        boolean capacity = false;
        String ns = "";
        String sort = "";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).replace("'", "").replace("\"", "");
            switch (w) {
                case "-A", "--all-namespaces", "--all-namespaces=true" -> all = true;
                case "--containers", "--containers=true" -> containers = true;
                case "--no-headers", "--no-headers=true" -> noHeaders = true;
                case "--show-capacity", "--show-capacity=true" -> capacity = true;
                case "-n", "--namespace" -> ns = i + 1 < words.size() ? words.get(i + 1) : "";
                case "--sort-by" -> sort = i + 1 < words.size() ? words.get(i + 1).replace("'", "") : "";
                default -> {
                    if (w.startsWith("--sort-by=")) {
                        sort = w.substring("--sort-by=".length());
                    } else if (w.startsWith("--namespace=")) {
                        ns = w.substring("--namespace=".length());
                    } else if (w.startsWith("-n") && w.length() > 2 && !w.startsWith("--")) {
                        ns = w.substring(2);
                    }
                }
            }
        }
        return new TopCommand(cmd, all, containers, noHeaders, capacity, ns, sort);
    }
}
