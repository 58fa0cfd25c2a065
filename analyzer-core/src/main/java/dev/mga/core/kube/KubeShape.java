package dev.mga.core.kube;

import dev.mga.core.spi.ContentSample;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the first bytes of a YAML or JSON capture show of the objects in it, read from the structure
 * rather than from any line that mentions a kind: an object's own {@code kind} is a key of the
 * document's root, or of an element of the root's {@code items} list; a {@code kind: Node} deeper
 * down (a CSINode's {@code ownerReferences}, an event's {@code involvedObject}) says nothing about
 * what the file holds. Cheap enough to run on every unknown entry: one pass over the sample's lines
 * (YAML, by indentation) or characters (JSON, by nesting), no parser.
 *
 * @param kinds      the kinds of the root objects and of the root lists' items, as written ({@code Node}, {@code PodList})
 * @param rootKeys   the keys of the root objects
 * @param statusKeys the keys of the root objects' {@code status}
 */
record KubeShape(Set<String> kinds, Set<String> rootKeys, Set<String> statusKeys) {

    /** Keys kept per set: a sample of 8 KiB has far fewer root or status keys. */
    private static final int MAX_KEYS = 64;

    KubeShape {
        kinds = Set.copyOf(kinds);
        rootKeys = Set.copyOf(rootKeys);
        statusKeys = Set.copyOf(statusKeys);
    }

    /** Six kube sniffers ask for the same shape of every unknown entry: read once per sample. */
    private static final java.util.function.Function<ContentSample, KubeShape> SHAPE = KubeShape::scan;

    /** The shape of a YAML or JSON sample (JSON when its first character is a brace or a bracket). */
    static KubeShape of(ContentSample sample) {
        return sample.reading(SHAPE);
    }

    private static KubeShape scan(ContentSample sample) {
        String text = sample.text();
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '[')) {
            return json(text, i);
        }
        return new Yaml().scan(sample.lines(Integer.MAX_VALUE));
    }

    /** The shape of the JSON starting at {@code start} of {@code text}. */
    static KubeShape json(String text, int start) {
        return new Json(text, start).scan();
    }

    /** True when some root object or list item is of {@code kind} or its list kind ({@code kind + "List"}). */
    boolean holds(String kind) {
        return kinds.contains(kind) || kinds.contains(kind + "List");
    }

    /** True when the root object is a bare {@code status:} block, as people paste the part they look at. */
    boolean statusOnly() {
        return rootKeys.equals(Set.of("status")) && !statusKeys.isEmpty();
    }

    /** True when the root has no {@code kind} nor {@code apiVersion}: an object stored without its type. */
    boolean kindless() {
        return !rootKeys.contains("kind") && !rootKeys.contains("apiVersion");
    }

    /** True when the root holds one of {@code keys}. */
    boolean hasRootKey(String... keys) {
        for (String k : keys) {
            if (rootKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when the root's status holds one of {@code keys}. */
    boolean hasStatusKey(String... keys) {
        for (String k : keys) {
            if (statusKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> set, String value) {
        if (set.size() < MAX_KEYS && !value.isEmpty()) {
            set.add(value);
        }
    }

    /**
     * Block YAML as kubectl and must-gather write it: the root's keys at the first key's indentation
     * ({@code ---} starts a new document), the items of a root {@code items:} as {@code - } entries
     * whose keys sit two columns right of the dash, a root {@code status:}'s keys at the indentation
     * of its first key. Flow style ({@code {a: b}}) and keys spread over lines are not followed.
     */
    private static final class Yaml {
        private final Set<String> kinds = new LinkedHashSet<>();
        private final Set<String> rootKeys = new LinkedHashSet<>();
        private final Set<String> statusKeys = new LinkedHashSet<>();
        private int root = -1;
        private String section = "";
        private int itemKeys = -1;
        private int statusIndent = -1;

        KubeShape scan(List<String> lines) {
            for (String line : lines) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                String rest = line.substring(indent);
                if (rest.isEmpty() || rest.startsWith("#")) {
                    continue;
                }
                if (indent == 0 && (rest.startsWith("---") || rest.startsWith("..."))) {
                    root = -1;
                    section = "";
                    continue;
                }
                line(indent, rest);
            }
            return new KubeShape(kinds, rootKeys, statusKeys);
        }

        private void line(int indent, String rest) {
            if (rest.startsWith("- ") || rest.equals("-")) {
                if (root >= 0 && section.equals("items") && indent >= root && (itemKeys < 0 || itemKeys == indent + 2)) {
                    itemKeys = indent + 2;
                    item(rest.substring(1).stripLeading());
                }
                return;
            }
            int colon = keyEnd(rest);
            if (colon < 0) {
                return;
            }
            String key = unquote(rest.substring(0, colon).strip());
            String value = value(rest.substring(colon + 1));
            if (root < 0) {
                root = indent;
            }
            if (indent == root) {
                section = key;
                itemKeys = -1;
                statusIndent = -1;
                add(rootKeys, key);
                if (key.equals("kind")) {
                    add(kinds, value);
                }
            } else if (section.equals("items") && indent == itemKeys) {
                item(rest);
            } else if (section.equals("status") && indent > root && (statusIndent < 0 || indent == statusIndent)) {
                statusIndent = indent;
                add(statusKeys, key);
            }
        }

        private void item(String keyLine) {
            int colon = keyEnd(keyLine);
            if (colon > 0 && unquote(keyLine.substring(0, colon).strip()).equals("kind")) {
                add(kinds, value(keyLine.substring(colon + 1)));
            }
        }

        /** The colon ending a plain or quoted key at the line's start, or -1. */
        private static int keyEnd(String s) {
            int i = 0;
            if (!s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
                int close = s.indexOf(s.charAt(0), 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            }
            int colon = s.indexOf(':', i);
            if (colon <= 0 || colon + 1 < s.length() && s.charAt(colon + 1) != ' ') {
                return -1;
            }
            for (int k = i; k < colon; k++) {
                char c = s.charAt(k);
                if (c == '{' || c == '[' || c == '"' || c == '#') {
                    return -1;
                }
            }
            return colon;
        }

        private static String value(String s) {
            String v = s.strip();
            int comment = v.indexOf(" #");
            return unquote(comment >= 0 ? v.substring(0, comment).strip() : v);
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }
    }

    /**
     * JSON by nesting: the root objects are the top-level objects (or the elements of a top-level
     * array, as {@code jq -s} prints them); the characters are followed through strings and escapes,
     * and a sample cut in the middle simply ends the scan.
     */
    private static final class Json {
        private final String text;
        private int pos;
        private final Set<String> kinds = new LinkedHashSet<>();
        private final Set<String> rootKeys = new LinkedHashSet<>();
        private final Set<String> statusKeys = new LinkedHashSet<>();
        /** Per open container: 'o' or 'a', and the key that led into it. */
        private final StringBuilder open = new StringBuilder();
        private final String[] keyInto = new String[64];
        private String lastKey = "";
        private boolean expectKey;
        private int rootDepth = 1;

        Json(String text, int start) {
            this.text = text;
            this.pos = start;
        }

        KubeShape scan() {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                switch (c) {
                    case '{', '[' -> push(c == '{' ? 'o' : 'a');
                    case '}', ']' -> pop();
                    case ',' -> expectKey = top() == 'o';
                    case '"' -> {
                        String s = string();
                        if (s == null) {
                            return shape();
                        }
                        if (expectKey && top() == 'o') {
                            lastKey = s;
                            key(s);
                        } else if (lastKey.equals("kind") && top() == 'o' && (isRoot() || isItem())) {
                            add(kinds, s);
                        }
                        expectKey = false;
                    }
                    default -> {
                        // ':' and scalars change nothing the scan keeps
                    }
                }
            }
            return shape();
        }

        private KubeShape shape() {
            return new KubeShape(kinds, rootKeys, statusKeys);
        }

        private void key(String k) {
            if (isRoot()) {
                add(rootKeys, k);
            } else if (open.length() == rootDepth + 1 && "status".equals(keyInto[rootDepth]) && top() == 'o') {
                add(statusKeys, k);
            }
        }

        private boolean isRoot() {
            return open.length() == rootDepth;
        }

        /** An element of the root's items list: root object, items array, element object. */
        private boolean isItem() {
            return open.length() == rootDepth + 2 && open.charAt(rootDepth) == 'a' && "items".equals(keyInto[rootDepth]);
        }

        private char top() {
            return open.length() == 0 ? ' ' : open.charAt(open.length() - 1);
        }

        private void push(char kind) {
            if (open.length() == 0 && kind == 'a') {
                rootDepth = 2; // [ {...}, {...} ]: the elements are the roots
            } else if (open.length() == 0) {
                rootDepth = 1;
            }
            if (open.length() < keyInto.length) {
                keyInto[open.length()] = top() == 'o' ? lastKey : "";
            }
            open.append(kind);
            expectKey = kind == 'o';
            lastKey = "";
        }

        private void pop() {
            if (open.length() > 0) {
                open.setLength(open.length() - 1);
            }
            expectKey = false;
            lastKey = "";
        }

        /** The string starting after an opening quote, or null when the sample ends inside it. */
        private String string() {
            StringBuilder b = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                if (b.length() < 256) {
                    b.append(c);
                }
            }
            return null;
        }
    }
}
