package dev.mga.core.kube;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one value of a streaming YAML/JSON parser into plain maps, lists and {@link Scalar}s that
 * keep their input line. One Kubernetes object at a time: a list of thousands of pods is never
 * held whole. An object larger than {@link #MAX_SCALARS} values is skipped.
 */
final class ObjectTreeReader {

    static final int MAX_SCALARS = 200_000;

    /** An object too large to read, skipped. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final LineRecordingReader lines;
    private int scalars;

    ObjectTreeReader(LineRecordingReader lines) {
        this.lines = lines;
    }

    /** Reads the value whose first token is current. */
    Object read(JsonParser p) throws IOException, TooLarge {
        scalars = 0;
        try {
            return value(p);
        } catch (TooLarge e) {
            p.skipChildren();
            throw e;
        }
    }

    long line(JsonParser p) {
        return lines.inputLine(p.currentTokenLocation().getLineNr());
    }

    private Object value(JsonParser p) throws IOException, TooLarge {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        if (++scalars > MAX_SCALARS) {
            throw new TooLarge();
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line(p));
    }
}
