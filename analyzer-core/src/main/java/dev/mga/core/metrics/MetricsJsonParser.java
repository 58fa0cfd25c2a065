package dev.mga.core.metrics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.ContainerUsage;
import dev.mga.core.model.metrics.NodeMetrics;
import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.parse.RecentBytes;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code metrics.k8s.io/v1beta1} JSON ({@code kubectl get --raw /apis/metrics.k8s.io/v1beta1/…},
 * raw or through {@code jq}): PodMetrics and NodeMetrics objects and their lists. List items are
 * read one at a time, so a large cluster's list does not have to fit in memory at once.
 */
public final class MetricsJsonParser implements ArtifactParser {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        RecentBytes raw = new RecentBytes(input.content(), 1 << 16);
        try (JsonParser p = mapper.getFactory().createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                context.diagnostic(1, "not a JSON object (expected PodMetrics, NodeMetrics or their List)");
                return;
            }
            long start = p.currentTokenLocation().getLineNr();
            long from = p.currentTokenLocation().getByteOffset();
            com.fasterxml.jackson.databind.node.ObjectNode top = mapper.createObjectNode();
            boolean list = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("items") && v == JsonToken.START_ARRAY) {
                    list = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        long line = p.currentTokenLocation().getLineNr();
                        long itemFrom = p.currentTokenLocation().getByteOffset();
                        JsonNode item = JsonTrees.readJackson(p);
                        if (item == null) {
                            tooLarge(line, context);
                        } else {
                            object(item, top.path("kind").asText(""), line, excerpt(raw, itemFrom, p.currentLocation().getByteOffset()), input,
                                    context);
                        }
                    }
                } else {
                    long line = p.currentTokenLocation().getLineNr();
                    JsonNode value = JsonTrees.readJackson(p);
                    if (value == null) {
                        tooLarge(line, context);
                    } else {
                        top.set(name, value);
                    }
                }
            }
            if (!list) {
                object(top, "", start, excerpt(raw, from, p.currentLocation().getByteOffset()), input, context);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.diagnostic(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + JsonTrees.problem(e));
        } catch (java.io.CharConversionException e) {
            // Jackson guesses UTF-16/32 from zero bytes: this is binary, not the UTF-8 JSON kubectl prints
            context.diagnostic(0, "bytes that are not UTF-8 text (expected PodMetrics or NodeMetrics JSON)");
        }
    }

    private static void tooLarge(long line, ParseContext context) {
        context.diagnostic(line, "JSON value larger than " + JsonTrees.budget()
                + " (expected a PodMetrics or NodeMetrics object); skipped");
    }

    /**
     * An object as the capture holds it, from its first line to the line naming it (kind, apiVersion,
     * metadata.name come first in what kubectl prints), or its first {@link #EXCERPT_MAX} characters;
     * null when it is not in the window.
     */
    static String excerpt(RecentBytes raw, long from, long to) {
        String text = raw.text(from, to, EXCERPT_MAX * 4);
        if (text == null) {
            return null;
        }
        int name = text.indexOf("\"name\"");
        int end = name < 0 ? -1 : text.indexOf('\n', name);
        if (end > 0 && end <= EXCERPT_MAX) {
            return text.substring(0, end) + "…";
        }
        if (text.endsWith("…")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.length() > EXCERPT_MAX ? text.substring(0, EXCERPT_MAX) + "…" : text;
    }

    private static final int EXCERPT_MAX = 600;

    /**
     * One PodMetrics or NodeMetrics object. metrics-server's lists carry their kind on the list only
     * ({@code NodeMetricsList}), not on each item; an item is then of the list's kind, or, when the
     * list's kind comes after its items or is absent, of the kind its fields show (containers, or a
     * node's usage).
     */
    private static void object(JsonNode o, String listKind, long line, String excerpt, ParseInput input,
                               ParseContext context) {
        String kind = o.path("kind").asText("");
        if (kind.isEmpty()) {
            kind = listKind.endsWith("MetricsList") ? listKind.substring(0, listKind.length() - 4)
                    : o.path("containers").isArray() ? "PodMetrics" : o.path("usage").isObject() ? "NodeMetrics" : "";
        }
        String name = o.path("metadata").path("name").asText("");
        String namespace = o.path("metadata").path("namespace").asText("");
        String timestamp = o.path("timestamp").asText("");
        String window = o.path("window").asText("");
        switch (kind) {
            case "PodMetrics" -> {
                List<ContainerUsage> containers = new ArrayList<>();
                Quantity cpu = Quantity.ZERO;
                Quantity memory = Quantity.ZERO;
                for (JsonNode c : o.path("containers")) {
                    Optional<Quantity> cc = quantity(c.path("usage").path("cpu"), line, context);
                    Optional<Quantity> cm = quantity(c.path("usage").path("memory"), line, context);
                    if (cc.isEmpty() || cm.isEmpty()) {
                        continue;
                    }
                    containers.add(new ContainerUsage(c.path("name").asText(""), cc.get(), cm.get()));
                    cpu = sum(cpu, cc.get());
                    memory = sum(memory, cm.get());
                }
                context.emit(new PodMetrics(namespace, name, timestamp, window, containers, cpu, memory,
                        input.location(line), excerpt != null ? excerpt : String.format(Locale.ROOT,
                        "PodMetrics %s/%s: cpu %s, memory %s (%d containers)", namespace, name, cpu.text(), memory.text(),
                        containers.size())));
            }
            case "NodeMetrics" -> {
                Optional<Quantity> cpu = quantity(o.path("usage").path("cpu"), line, context);
                Optional<Quantity> memory = quantity(o.path("usage").path("memory"), line, context);
                if (cpu.isPresent() && memory.isPresent()) {
                    context.emit(new NodeMetrics(name, timestamp, window, cpu.get(), memory.get(), input.location(line),
                            excerpt != null ? excerpt : "NodeMetrics " + name + ": cpu " + cpu.get().text() + ", memory "
                                    + memory.get().text()));
                }
            }
            default -> context.diagnostic(line, "kind '" + kind + "' (expected PodMetrics, NodeMetrics or their List)");
        }
    }

    private static Optional<Quantity> quantity(JsonNode n, long line, ParseContext context) {
        Optional<Quantity> q = Units.tryQuantity(n.asText(""));
        if (q.isEmpty()) {
            context.diagnostic(line, "usage '" + n.asText("") + "' is not a Kubernetes quantity (expected e.g. 142m or 1197632Ki)");
        }
        return q;
    }

    /** The sum as a quantity; its text is the exact value in the unit of the larger part's suffix family. */
    private static Quantity sum(Quantity a, Quantity b) {
        if (a.isZero()) {
            return b;
        }
        if (b.isZero()) {
            return a;
        }
        return Units.quantityLike(a.value().add(b.value()), b.text());
    }
}
