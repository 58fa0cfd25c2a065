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

    /** The clients whose {@code top} (oc: {@code adm top}) prints these tables, as the command's first word ends. */
    private static final List<String> CLIENTS = List.of("kubectl", "oc", "kubectl.exe", "oc.exe");

    /**
     * A pasted {@code top node|pod} command line, or null when the line is not one: a {@code $ } or
     * {@code # } prompt followed by a command holding {@code top} (an alias such as {@code k top pod}
     * too), or, after any prompt or none ({@code ~$ }, {@code (⎈)➜  ~ }, a bare echoed command, a
     * client run by its path), {@code kubectl|oc [adm] top}. A table row never has those words there:
     * its second cell is a CPU value.
     */
    static TopCommand of(String line) {
        String t = line.strip();
        if (!t.contains("top")) {
            return null;
        }
        String cmd = clientCommand(t);
        if (cmd == null) {
            if (!(t.startsWith("$") || t.startsWith("#")) || !t.contains(" top ")) {
                return null;
            }
            cmd = t.substring(1).strip();
        }
        return flags(cmd);
    }

    /** A line of a content sample: the command of its prompt, or the line when it is content; null when neither is a top command. */
    static TopCommand of(ContentSample.Line line) {
        return line.envelope().prompt() ? ofCommand(line.envelope().command()) : of(line.text());
    }

    /** The command typed at a prompt the envelope layer read ({@code kubectl top pod -A}), or null when it is not a top command. */
    static TopCommand ofCommand(String typed) {
        String cmd = typed.strip();
        String client = clientCommand(cmd);
        if (client != null) {
            return flags(client);
        }
        return (" " + cmd + " ").contains(" top ") ? flags(cmd) : null;
    }

    private static TopCommand flags(String cmd) {
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

    /** The text from a {@code kubectl|oc [adm] top} word on, or null when the line holds no such command. */
    private static String clientCommand(String t) {
        List<String> words = Words.split(t);
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int at = t.indexOf(w, from);
            from = at + w.length();
            String base = w.substring(w.lastIndexOf('/') + 1);
            if (base.startsWith("#") || base.startsWith("$")) {
                base = base.substring(1); // #kubectl top nodes
                at++;
            }
            if (!CLIENTS.contains(base)) {
                continue;
            }
            int next = i + 1 < words.size() && words.get(i + 1).equals("adm") ? i + 2 : i + 1;
            if (next < words.size() && words.get(next).equals("top")) {
                return t.substring(at);
            }
        }
        return null;
    }

    /**
     * A {@code $ } or {@code # } prompt line of a command that is not {@code top} ({@code # ps -eo
     * ...}): what follows it is that command's output, not table rows.
     */
    static boolean otherPrompt(String line) {
        String t = line.strip();
        return (t.startsWith("$ ") || t.startsWith("# ")) && t.length() > 2 && of(line) == null;
    }
}
