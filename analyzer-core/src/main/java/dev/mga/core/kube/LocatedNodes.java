package dev.mga.core.kube;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mga.core.parse.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes objects as {@link JsonTrees} builds them for this family: plain maps and lists, and
 * {@link Scalar}s that keep their input line so that a record can cite where its fields were.
 */
final class LocatedNodes implements JsonTrees.Nodes<Object> {

    private final LineRecordingReader lines;

    LocatedNodes(LineRecordingReader lines) {
        this.lines = lines;
    }

    /** The input line of the parser's current token. */
    long line(JsonParser p) {
        return lines.inputLine(p.currentTokenLocation().getLineNr());
    }

    @Override
    public Object object() {
        return new LinkedHashMap<String, Object>();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void put(Object object, String name, Object value) {
        ((Map<String, Object>) object).put(name, value);
    }

    @Override
    public Object array() {
        return new ArrayList<>();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(Object array, Object value) {
        ((List<Object>) array).add(value);
    }

    @Override
    public Object scalar(JsonParser p, JsonToken token) throws IOException {
        return new Scalar(token == JsonToken.VALUE_NULL ? null : p.getText(), line(p));
    }
}
