package dev.mga.core.kube;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the seed's {@code oc get node <node> -o jsonpath="{.status.allocatable}" | jq -r .}: a
 * JSON map of resource → quantity, after the pasted prompt. The node is the one the prompt names,
 * else the path's, else the {@code kube.node} option. It becomes a {@link KubeNode} with only
 * its allocatable.
 */
public final class KubeAllocatableParser implements ArtifactParser {

    /** Option naming the node when neither the prompt nor the path does. */
    public static final String NODE_OPTION = "kube.node";

    private static final Pattern GET_NODE = Pattern.compile("\\bget\\s+(?:nodes?|no)(?:/|\\s+)([A-Za-z0-9][\\w.-]*)");
    private static final int MAX_LINES = 1000;
    /** Text kept for the map: an allocatable map is a few hundred bytes. */
    private static final int MAX_CHARS = 1 << 20;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String node = "";
        StringBuilder json = new StringBuilder();
        long first = 0;
        while (lines.advance() && lines.lineNumber() - first < MAX_LINES && json.length() < MAX_CHARS) {
            if (!lines.isContent()) {
                if (first == 0 && lines.isPrompt()) {
                    Matcher m = GET_NODE.matcher(lines.command()); // the command names the node
                    if (m.find()) {
                        node = m.group(1);
                    }
                }
                continue;
            }
            String line = lines.string();
            if (first == 0) {
                Matcher m = GET_NODE.matcher(line);
                if (m.find()) {
                    node = m.group(1);
                }
                if (!line.strip().startsWith("{")) {
                    continue;
                }
                first = lines.lineNumber();
            }
            json.append(line).append('\n');
        }
        if (first == 0) {
            context.diagnostic(0, "no JSON object found (expected the output of -o jsonpath={.status.allocatable})");
            return;
        }
        if (node.isEmpty()) {
            node = !input.host().isEmpty() ? input.host() : input.option(NODE_OPTION).orElse("");
        }
        LineRecordingReader recorded = new LineRecordingReader(new StringReader(json.toString()), first);
        KubeObjects objects = new KubeObjects(input, context, recorded);
        JsonTrees<Object> reader = new JsonTrees<>(new LocatedNodes(recorded));
        try (JsonParser p = JSON.createParser(recorded)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                context.diagnostic(first, "not a JSON object (expected {\"cpu\": \"7500m\", …})");
                return;
            }
            Object allocatable = reader.read(p);
            context.emit(objects.allocatableOnly(node, allocatable, first));
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? first : recorded.inputLine(e.getLocation().getLineNr());
            context.diagnostic(at, "not valid JSON (expected a map of resource to quantity): " + JsonTrees.problem(e));
        } catch (JsonTrees.TooLarge e) {
            context.diagnostic(first, "allocatable map larger than " + JsonTrees.budget() + ", skipped");
        }
    }
}
