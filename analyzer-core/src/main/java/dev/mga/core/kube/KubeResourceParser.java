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
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
        boolean json = startsWithBrace(buffered);
        LineRecordingReader lines = new LineRecordingReader(buffered, 1);
        LocatedNodes nodes = new LocatedNodes(lines);
        Session s = new Session(new JsonTrees<>(nodes), nodes, new KubeObjects(input, context, lines), context);
        try (JsonParser p = (json ? JSON : YAML).createParser(lines)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    s.root(p);
                } else if (t == JsonToken.START_ARRAY) {
                    s.items(p, defaultKind);
                }
            }
        } catch (JsonProcessingException e) {
            // malformed text, and also input past Jackson's own limits (nesting depth, number or name length)
            long line = e.getLocation() == null ? 0 : lines.inputLine(e.getLocation().getLineNr());
            context.diagnostic(line, "not valid " + (json ? "JSON" : "YAML") + " (expected Kubernetes objects as oc get -o "
                    + (json ? "json" : "yaml") + " prints them): " + JsonTrees.problem(e));
        }
        s.reportOtherKinds();
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(Integer.MAX_VALUE);
        return o;
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
            String kind = KubeObjects.text(o.get("kind"));
            kind = kind.isEmpty() ? listKind : kind;
            Optional<Object> record = objects.map(o, kind);
            if (record.isPresent()) {
                context.emit(record.get());
            } else {
                String k = kind.isEmpty() ? "(no kind)" : kind.length() > 100 ? kind.substring(0, 100) + "…" : kind;
                otherKinds.merge(otherKinds.containsKey(k) || otherKinds.size() < MAX_KINDS ? k : "(other kinds)", 1,
                        Integer::sum);
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
