package dev.mga.core.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value of a larger stream as a tree, with a bound: the values the JSON parsers
 * take one at a time (what etcdctl prints for a status, a member, an alarm or a key-value; a
 * PodMetrics or NodeMetrics object) are small, so a value beyond {@link #MAX_NODES} nodes or
 * {@link #MAX_CHARS} characters of text is not one of them; it is read through to its end, not
 * kept, and {@link #read} returns null.
 */
public final class JsonTrees {

    public static final int MAX_NODES = 100_000;
    public static final long MAX_CHARS = 8L << 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private long nodes;
    private long chars;

    private JsonTrees() {
    }

    /** The value whose first token is current, or null when it is too large (the parser is then past it). */
    public static JsonNode read(JsonParser p) throws IOException {
        return new JsonTrees().value(p);
    }

    private boolean spend(String text) {
        nodes++;
        chars += text == null ? 0 : text.length();
        return nodes <= MAX_NODES && chars <= MAX_CHARS;
    }

    private JsonNode value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = spend(null) ? NODES.objectNode() : null;
            while (next(p) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                boolean keep = spend(name);
                next(p);
                JsonNode v = value(p);
                if (o != null && keep && v != null) {
                    o.set(name, v);
                }
            }
            return within(o);
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = spend(null) ? NODES.arrayNode() : null;
            while (next(p) != JsonToken.END_ARRAY) {
                JsonNode v = value(p);
                if (a != null && v != null) {
                    a.add(v);
                }
            }
            return within(a);
        }
        if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
            throw new JsonEOFException(p, t, "expected a JSON value");
        }
        String text = t == JsonToken.VALUE_STRING ? p.getText() : null;
        if (!spend(text)) {
            return null;
        }
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(text);
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.pojoNode(p.getEmbeddedObject());
        };
    }

    private JsonNode within(JsonNode n) {
        return nodes <= MAX_NODES && chars <= MAX_CHARS ? n : null;
    }

    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "end of input inside a JSON value");
        }
        return t;
    }
}
