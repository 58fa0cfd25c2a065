package dev.mga.core.metrics;

import dev.mga.core.parse.Words;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * The flags of a pasted {@code kubectl top} / {@code oc adm top} command line that change the
 * table's shape or meaning.
 */
record TopCommand(String text, boolean allNamespaces, boolean containers, boolean noHeaders, boolean showCapacity,
                  String namespace, String sortBy) {

    static final TopCommand NONE = new TopCommand("", false, false, false, false, "", "");

    /**
     * A {@code $ …top node|pod…} line the envelope layer left as content, or null when the line is not one.
     * The layer reads most prompts itself: their commands go to {@link #ofCommand}.
     */
    static TopCommand of(String line) {
        String t = line.strip();
        if (!(t.startsWith("$") || t.startsWith("#"))) {
            return null;
        }
        return ofCommand(t.substring(1).strip());
    }

    /** A line of a content sample: the command of its prompt, or the line when it is content; null when neither is a top command. */
    static TopCommand of(ContentSample.Line line) {
        return line.envelope().prompt() ? ofCommand(line.envelope().command()) : of(line.text());
    }

    /** The command typed at a prompt ({@code kubectl top pod -A}), or null when it is not a top command. */
    static TopCommand ofCommand(String typed) {
        String cmd = typed.strip();
        if (!(" " + cmd + " ").contains(" top ")) {
            return null;
        }
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
