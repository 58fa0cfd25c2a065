package dev.mga.core.kube;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.parse.LineUnwrapper;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses Kubernetes objects from YAML or JSON as {@code oc get -o yaml|json} and must-gather write
 * them: one object, a {@code List}/{@code NodeList}/{@code PodList}/{@code EventList}, or several
 * YAML documents. Lists are streamed: each item is read, mapped to its record and dropped, so a
 * must-gather's pods.yaml of thousands of pods never sits in memory. Nodes, pods and events become
 * {@link KubeNode}, {@link KubePod}, {@link KubeEvent}; other kinds are counted and left.
 */
public final class KubeResourceParser implements ArtifactParser {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /**
     * SnakeYAML stops a document at 3 MB of text by default; a must-gather's pods.yaml is one
     * document of tens of megabytes, read here item by item, so the limit is lifted.
     */
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private final String defaultKind;

    /** @param defaultKind the kind of items that do not name theirs (the file's path says it) */
    public KubeResourceParser(String defaultKind) {
        this.defaultKind = defaultKind;
    }

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        BufferedReader buffered = new BufferedReader(new InputStreamReader(input.content(), StandardCharsets.UTF_8), 1 << 16);
        long skipped = skipPrompts(buffered);
        boolean json = startsWithBrace(buffered);
        LineRecordingReader lines = new LineRecordingReader(buffered, skipped + 1);
        LocatedNodes nodes = new LocatedNodes(lines);
        Session s = new Session(new JsonTrees<>(nodes), nodes, new KubeObjects(input, context, lines), context);
        try (JsonParser p = (json ? JSON : YAML).createParser(lines)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    s.root(p);
                } else if (t == JsonToken.START_ARRAY) {
                    s.items(p, defaultKind);
                } else if (t.isScalarValue()) {
                    s.scalar(lines.inputLine(p.currentTokenLocation().getLineNr()), p.getText());
                }
            }
        } catch (JsonProcessingException e) {
            // malformed text, and also input past Jackson's own limits (nesting depth, number or name length)
            long line = e.getLocation() == null ? 0 : lines.inputLine(e.getLocation().getLineNr());
            context.diagnostic(line, "not valid " + (json ? "JSON" : "YAML") + " (expected Kubernetes objects as oc get -o "
                    + (json ? "json" : "yaml") + " prints them): " + JsonTrees.problem(e));
            elisions(lines, context);
            return;
        }
        elisions(lines, context);
        s.reportOtherKinds();
        if (s.nothingIn()) {
            context.nothingToRecord(); // items: [], or nothing but blanks and comments: read, and empty
        }
    }

    /** Each line a poster elided ({@code     . . .}), read as a blank line: said, since what it stands for is not there. */
    private static void elisions(LineRecordingReader lines, ParseContext context) {
        for (long at : lines.elisions()) {
            context.diagnostic(at, "the poster's elision ('. . .'): read as a blank line; what it left out is not in the capture");
        }
        long more = lines.elisionCount() - lines.elisions().size();
        if (more > 0) {
            context.diagnostic(0, more + " more elision lines read as blank lines");
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(Integer.MAX_VALUE);
        return o;
    }

    /** Prompt lines read before the objects: a paste of {@code oc get} output starts with the command typed. */
    private static final int MAX_PROMPT_LINES = 5;

    /**
     * Consumes the shell prompt lines (and blank lines) a pasted capture starts with ({@code $ kubectl
     * get node test-01 -oyaml}); returns how many lines were consumed. They are not YAML, and
     * Kubernetes objects do not start with them; the envelope layer does the same for line-based types.
     */
    private static long skipPrompts(BufferedReader r) throws IOException {
        long skipped = 0;
        while (skipped < MAX_PROMPT_LINES) {
            r.mark(MAX_PROMPT_CHARS + 2);
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0 && c != '\n' && line.length() <= MAX_PROMPT_CHARS) {
                line.append((char) c);
            }
            boolean ended = c == '\n' || c < 0 && !line.isEmpty();
            if (!ended || line.length() > MAX_PROMPT_CHARS || !(line.toString().isBlank() || getCommand(line.toString())
                    || prompt(line.toString()))) {
                r.reset(); // a long first line is no prompt: read no further than the mark allows
                break;
            }
            skipped++;
        }
        return skipped;
    }

    /**
     * A shell prompt and the command after it, as the envelope layer knows them ({@code [root@host dir]#
     * cat pp.yaml}): a file shown with {@code cat} is pasted with its command as often as an {@code oc get}.
     */
    private static boolean prompt(String line) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return LineUnwrapper.promptAt(b, 0, b.length);
    }

    /** A typed command line is short; a longer first line is read as the capture. */
    private static final int MAX_PROMPT_CHARS = 4096;

    /** The clients whose {@code get} prints Kubernetes objects. */
    private static final List<String> CLIENTS = List.of("kubectl", "oc", "kubectl.exe", "oc.exe");

    /**
     * A typed {@code kubectl|oc get ...} command line: after a {@code $} prompt, or after any prompt
     * ending in {@code $ # % >} (the client a word of its own after it), or bare at the start.
     */
    static boolean getCommand(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.contains(": ") && !t.startsWith("$") && t.indexOf(": ") < t.indexOf(' ')) {
            return false; // a YAML key comes first
        }
        List<String> words = Words.split(t);
        for (int i = 0; i + 1 < words.size(); i++) {
            String base = words.get(i).substring(words.get(i).lastIndexOf('/') + 1);
            if (CLIENTS.contains(base) && words.get(i + 1).equals("get")) {
                if (i == 0) {
                    return true;
                }
                String before = words.get(i - 1);
                char last = before.charAt(before.length() - 1);
                return last == '$' || last == '#' || last == '%' || last == '>';
            }
        }
        return false;
    }

    private static boolean startsWithBrace(BufferedReader r) throws IOException {
        r.mark(1 << 15);
        int c;
        int read = 0;
        do {
            c = r.read();
            read++;
        } while (c >= 0 && Character.isWhitespace(c) && read < (1 << 15) - 1);
        r.reset();
        return c == '{' || c == '[';
    }

    /** One file's reading: the items seen and the kinds left aside. */
    private final class Session {
        private final JsonTrees<Object> reader;
        private final LocatedNodes nodes;
        private final KubeObjects objects;
        private final ParseContext context;
        private final Map<String, Integer> otherKinds = new TreeMap<>();
        private long objectsSeen;
        private long scalars;
        /** Kinds named in the diagnostic: a file has a handful; a generated one could have millions. */
        private static final int MAX_KINDS = 50;

        Session(JsonTrees<Object> reader, LocatedNodes nodes, KubeObjects objects, ParseContext context) {
            this.reader = reader;
            this.nodes = nodes;
            this.objects = objects;
            this.context = context;
        }

        /** A root object: a single resource, or a list whose items are streamed. */
        void root(JsonParser p) throws IOException {
            Map<String, Object> root = new LinkedHashMap<>();
            boolean list = false;
            reader.start(); // the root's own fields share one budget; each list item has its own
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if (root.containsKey(field) && !list) {
                    long at = nodes.line(p);
                    if (field.equals("apiVersion") || field.equals("kind")) {
                        // two objects pasted one after the other with no '---' between them: one YAML
                        // document whose keys repeat, where the later values would silently win
                        context.diagnostic(at, "'" + field + "' again in one YAML document: another object pasted"
                                + " without '---' before it; read as the next object");
                        emit(root, defaultKind);
                        root = new LinkedHashMap<>();
                        reader.start();
                    } else {
                        context.diagnostic(at, "key '" + field + "' twice in one object: the later value is kept");
                    }
                }
                JsonToken v = p.nextToken();
                if (field.equals("items") && v == JsonToken.START_ARRAY) {
                    String kind = KubeObjects.text(root.get("kind"));
                    items(p, kind.endsWith("List") && !kind.equals("List") ? kind.substring(0, kind.length() - 4) : defaultKind);
                    list = true;
                    reader.start();
                } else {
                    Object value = readField(p);
                    if (value != null) {
                        root.put(field, value);
                    }
                }
            }
            if (!list) {
                emit(root, defaultKind);
            }
        }

        void items(JsonParser p, String kind) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                reader.start();
                Object item = readField(p);
                if (item instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> o = (Map<String, Object>) m;
                    emit(o, kind);
                }
            }
        }

        /** A value within the budget of the object being read; null (reported) when it goes past it. */
        private Object readField(JsonParser p) throws IOException {
            long line = nodes.line(p);
            try {
                return reader.readMore(p);
            } catch (JsonTrees.TooLarge e) {
                context.diagnostic(line, "object larger than " + JsonTrees.budget() + ", skipped");
                return null;
            }
        }

        private void emit(Map<String, Object> o, String listKind) {
            objectsSeen++;
            String kind = KubeObjects.text(o.get("kind"));
            // an object without its kind is of the file's kind (a Node stored without it, a pasted status: or
            // spec: block), unless it holds nothing at all
            kind = !kind.isEmpty() ? kind : o.isEmpty() ? "" : listKind;
            Optional<Object> record = objects.map(o, kind);
            if (record.isPresent()) {
                context.emit(record.get());
            } else {
                String k = kind.isEmpty() ? "(no kind)" : kind.length() > 100 ? kind.substring(0, 100) + "…" : kind;
                otherKinds.merge(otherKinds.containsKey(k) || otherKinds.size() < MAX_KINDS ? k : "(other kinds)", 1,
                        Integer::sum);
            }
        }

        /** True when the file held no object: only empty lists, or nothing but blanks and comments. */
        boolean nothingIn() {
            return objectsSeen == 0 && scalars == 0;
        }

        /** A document that is a bare value (text that is not YAML objects reads as one). */
        void scalar(long line, String text) {
            if (scalars++ == 0) {
                String shown = text == null ? "null" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
                context.diagnostic(line, "'" + shown + "' is not a Kubernetes object (expected objects as oc get -o yaml|json"
                        + " prints them)");
            }
        }

        void reportOtherKinds() {
            if (!otherKinds.isEmpty()) {
                context.diagnostic(0, "objects of other kinds left aside (mga reads Node, Pod, Event and the node configuration kinds "
                        + NodeConfigObjects.KINDS + "): " + otherKinds);
            }
        }
    }
}
