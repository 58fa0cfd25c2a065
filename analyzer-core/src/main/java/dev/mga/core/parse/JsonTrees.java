package dev.mga.core.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one value of a streaming JSON or YAML parser as a tree, within a budget: the parsers take
 * large documents one small value at a time (a Kubernetes object of a list, an etcdctl entry, a
 * PodMetrics item), so a value beyond {@link #MAX_VALUES} values (objects, arrays, names and scalars
 * all count) or {@link #MAX_CHARS} characters of text is not one of them. Such a value is skipped
 * to its end, nothing of it kept, and {@link TooLarge} says so; the parser can go on with the next.
 * The trees are built by {@link Nodes}: Jackson's {@link JsonNode}s ({@link #JACKSON}) or a
 * family's own nodes (maps and scalars that keep their line, for example).
 *
 * <p>Jackson's own limits ({@link StreamReadConstraints}: nesting depth, number and name length)
 * still hold inside the budget; {@link #problem} turns either kind of refusal into the words of a
 * diagnostic.
 *
 * @param <T> the node type
 */
public final class JsonTrees<T> {

    public static final int MAX_VALUES = 200_000;
    /** Text (names and scalars) of one value: a pod is a few kilobytes, a node tens. */
    public static final long MAX_CHARS = 16L << 20;

    /** How a tree's nodes are made. */
    public interface Nodes<T> {
        T object();

        void put(T object, String name, T value);

        T array();

        void add(T array, T value);

        /** The scalar whose token ({@code VALUE_*}) is the parser's current one. */
        T scalar(JsonParser p, JsonToken token) throws IOException;
    }

    /** A value past the budget, skipped to its end. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        private TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Jackson's own tree nodes, typed as Jackson reads them. */
    public static final Nodes<JsonNode> JACKSON = new Nodes<>() {
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        @Override
        public JsonNode object() {
            return nodes.objectNode();
        }

        @Override
        public void put(JsonNode object, String name, JsonNode value) {
            ((ObjectNode) object).set(name, value);
        }

        @Override
        public JsonNode array() {
            return nodes.arrayNode();
        }

        @Override
        public void add(JsonNode array, JsonNode value) {
            ((ArrayNode) array).add(value);
        }

        @Override
        public JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
            return switch (t) {
                case VALUE_STRING -> nodes.textNode(p.getText());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> nodes.pojoNode(p.getEmbeddedObject());
            };
        }
    };

    private final Nodes<T> nodes;
    private long values;
    private long chars;

    public JsonTrees(Nodes<T> nodes) {
        this.nodes = nodes;
    }

    /** A Jackson tree of the value whose first token is current, or null when it is past the budget (and skipped). */
    public static JsonNode readJackson(JsonParser p) throws IOException {
        try {
            return new JsonTrees<>(JACKSON).read(p);
        } catch (TooLarge e) {
            return null;
        }
    }

    /** Reads the value whose first token is current, with a budget of its own. */
    public T read(JsonParser p) throws IOException, TooLarge {
        start();
        return readMore(p);
    }

    /** Starts a new budget: the values {@link #readMore} reads until the next call share it. */
    public void start() {
        values = 0;
        chars = 0;
    }

    /** Reads the value whose first token is current within the current budget; past it, the value is skipped. */
    public T readMore(JsonParser p) throws IOException, TooLarge {
        T v = value(p);
        if (over()) {
            throw new TooLarge();
        }
        return v;
    }

    /** Words for a diagnostic about a value Jackson refused: past one of its limits, or malformed. */
    public static String problem(JsonProcessingException e) {
        return e instanceof StreamConstraintsException
                ? "past Jackson's limit (" + e.getOriginalMessage() + ")"
                : e.getOriginalMessage();
    }

    /** Words for a diagnostic about a skipped value: the budget it went past. */
    public static String budget() {
        return MAX_VALUES + " values or " + (MAX_CHARS >> 20) + " MiB of text";
    }

    private boolean over() {
        return values > MAX_VALUES || chars > MAX_CHARS;
    }

    private boolean spend(int textLength) {
        values++;
        chars += textLength;
        return !over();
    }

    /** The value whose first token is current, or null once the budget is spent (the parser is then past it). */
    private T value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (!spend(0)) {
                p.skipChildren();
                return null;
            }
            return t == JsonToken.START_OBJECT ? object(p) : array(p);
        }
        if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
            throw new JsonEOFException(p, t, "expected a JSON value");
        }
        return spend(t == JsonToken.VALUE_NULL ? 0 : p.getTextLength()) ? nodes.scalar(p, t) : null;
    }

    private T object(JsonParser p) throws IOException {
        T o = nodes.object();
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            boolean keep = spend(name.length());
            next(p);
            T v = value(p);
            if (keep && v != null && !over()) {
                nodes.put(o, name, v);
            }
        }
        return over() ? null : o;
    }

    private T array(JsonParser p) throws IOException {
        T a = nodes.array();
        while (next(p) != JsonToken.END_ARRAY) {
            T v = value(p);
            if (v != null && !over()) {
                nodes.add(a, v);
            }
        }
        return over() ? null : a;
    }

    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "end of input inside a value");
        }
        return t;
    }
}
