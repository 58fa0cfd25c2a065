package dev.mga.core.kube;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one value of a streaming YAML/JSON parser into plain maps, lists and {@link Scalar}s that
 * keep their input line. One Kubernetes object at a time: a list of thousands of pods is never
 * held whole. An object larger than {@link #MAX_SCALARS} values (scalars, maps, lists and keys all
 * count) or {@link #MAX_CHARS} characters of text is skipped.
 */
final class ObjectTreeReader {

    static final int MAX_SCALARS = 200_000;
    /** Text (keys and scalars) of one object: a pod is a few kilobytes, a node tens. */
    static final long MAX_CHARS = 16L << 20;

    /** An object too large to read, skipped. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final LineRecordingReader lines;
    private int scalars;
    private long chars;

    ObjectTreeReader(LineRecordingReader lines) {
        this.lines = lines;
    }

    /** Reads the value whose first token is current, as a new object (its own budget). */
    Object read(JsonParser p) throws IOException, TooLarge {
        start();
        return readMore(p);
    }

    /** Starts a new object's budget: the values read by {@link #readMore} until the next call share it. */
    void start() {
        scalars = 0;
        chars = 0;
    }

    /** Reads the value whose first token is current, within the budget of the object being read. */
    Object readMore(JsonParser p) throws IOException, TooLarge {
        try {
            return value(p);
        } catch (TooLarge e) {
            p.skipChildren();
            throw e;
        }
    }

    private void count(String text) throws TooLarge {
        chars += text == null ? 0 : text.length();
        if (++scalars > MAX_SCALARS || chars > MAX_CHARS) {
            throw new TooLarge();
        }
    }

    /** The next token; a stream that ends inside a value is malformed. */
    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "end of input inside a value");
        }
        return t;
    }

    long line(JsonParser p) {
        return lines.inputLine(p.currentTokenLocation().getLineNr());
    }

    private Object value(JsonParser p) throws IOException, TooLarge {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            count(null);
            Map<String, Object> m = new LinkedHashMap<>();
            while (next(p) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                count(name);
                next(p);
                m.put(name, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            count(null);
            List<Object> l = new ArrayList<>();
            while (next(p) != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        String text = t == JsonToken.VALUE_NULL ? null : p.getText();
        count(text);
        return new Scalar(text, line(p));
    }
}
