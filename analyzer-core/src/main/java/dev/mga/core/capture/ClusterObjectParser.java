package dev.mga.core.capture;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.model.capture.ClusterInfrastructure;
import dev.mga.core.model.capture.ClusterUpdate;
import dev.mga.core.model.capture.ClusterVersionInfo;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ClusterVersion or the Infrastructure object of a must-gather (YAML or JSON, one object
 * or a {@code List} of them) for the identity of the cluster: version, cluster id, platform.
 * Only those few fields are kept; the objects are small and read through the bounded tree reader.
 */
final class ClusterObjectParser implements ArtifactParser {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    /** Documents read per file: a list file holds one object per cluster, never many. */
    static final int MAX_DOCUMENTS = 100;

    private final String kind;

    /** @param kind {@code ClusterVersion} or {@code Infrastructure} */
    ClusterObjectParser(String kind) {
        this.kind = kind;
    }

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        try (JsonParser p = YAML.createParser(input.content())) {
            int documents = 0;
            while (p.nextToken() != null) {
                if (++documents > MAX_DOCUMENTS) {
                    context.diagnostic(0, "more than " + MAX_DOCUMENTS + " documents; the rest is not read");
                    return;
                }
                long line = p.currentLocation().getLineNr();
                JsonNode doc = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY
                        ? JsonTrees.readJackson(p) : null;
                if (doc == null) {
                    if (p.currentToken() != JsonToken.VALUE_NULL) {
                        context.diagnostic(line, "expected a " + kind + " object");
                    }
                    continue;
                }
                object(doc, input, context, line);
            }
        } catch (JsonProcessingException e) {
            context.diagnostic(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not YAML or JSON as the API server writes it: " + JsonTrees.problem(e));
        }
    }

    private void object(JsonNode doc, ParseInput input, ParseContext context, long line) {
        if (doc.path("kind").asText().endsWith("List") || (doc.has("items") && !doc.has("spec"))) {
            for (JsonNode item : doc.path("items")) {
                object(item, input, context, line);
            }
            return;
        }
        String k = doc.path("kind").asText("");
        if (!k.isEmpty() && !k.equals(kind)) {
            context.diagnostic(line, "a " + k + " object where a " + kind + " was expected");
            return;
        }
        if (kind.equals("ClusterVersion")) {
            context.emit(new ClusterVersionInfo(doc.at("/spec/clusterID").asText(""), doc.at("/spec/channel").asText(""),
                    doc.at("/status/desired/version").asText(""), completed(doc.at("/status/history")),
                    history(doc.at("/status/history")), input.location(0)));
        } else {
            JsonNode status = doc.path("status");
            context.emit(new ClusterInfrastructure(status.path("platform").asText(status.at("/platformStatus/type").asText("")),
                    status.path("infrastructureName").asText(""), status.path("controlPlaneTopology").asText(""),
                    status.path("apiServerURL").asText(""), input.location(0)));
        }
    }

    private static List<ClusterUpdate> history(JsonNode history) {
        List<ClusterUpdate> out = new ArrayList<>();
        for (JsonNode h : history) {
            if (out.size() == ClusterVersionInfo.MAX_HISTORY) {
                break;
            }
            out.add(new ClusterUpdate(h.path("version").asText(""), h.path("state").asText(""),
                    h.path("startedTime").asText(""), h.path("completionTime").isNull() ? "" : h.path("completionTime").asText(""),
                    h.path("verified").asBoolean(false)));
        }
        return out;
    }

    /** The history is newest first; the first completed entry is the version the cluster last reached. */
    private static String completed(JsonNode history) {
        for (JsonNode h : history) {
            if ("Completed".equals(h.path("state").asText())) {
                return h.path("version").asText("");
            }
        }
        return "";
    }
}
