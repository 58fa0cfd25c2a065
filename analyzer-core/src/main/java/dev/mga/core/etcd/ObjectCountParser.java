package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys per resource as the must-gather counts them, in the three shapes its gather_etcd script has
 * written or an engineer runs by hand:
 * <ul>
 * <li>the {@code uniq -c} stage: {@code etcdctl get / --prefix --keys-only | cut -d/ -f3 | sort | uniq -c | sort -rn},
 *     one {@code COUNT NAME} line per third key segment;</li>
 * <li>{@code etcd_info/object_count.json} of 4.14 and 4.15 (release-4.14 gather_etcd:61, 2024): that count through
 *     {@code jq}, one object {@code {"pods":"312",…}} with the counts as strings;</li>
 * <li>{@code etcd_info/object_count.json} since 4.16 (gather_etcd:65, 2026): {@code column -J} of count, the key's
 *     first two segments and {@code numfmt --to=iec} of the values' size:
 *     {@code {"etcd_resources":[{"object_count":"312","object_name":"/kubernetes.io/pods","object_size":"1.2M"},…]}}.</li>
 * </ul>
 * The resource is the last segment of the name ({@code pods}; an API group for custom resources).
 */
public final class ObjectCountParser implements ArtifactParser {

    /** Lines kept: a cluster has a few hundred resource types. */
    static final int MAX_LINES = 10_000;
    /** JSON text read: the script writes one object of a few kilobytes. */
    static final int MAX_JSON_CHARS = 4 << 20;
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)\\s*$");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Counts counts = new Counts(input, context);
        StringBuilder json = null;
        List<Integer> lineStarts = new ArrayList<>();
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            if (json != null || counts.isEmpty() && line.stripLeading().startsWith("{")) {
                if (json == null) {
                    json = new StringBuilder();
                    for (long i = 1; i < n; i++) {
                        lineStarts.add(0); // blank lines before the document
                    }
                }
                if (json.length() + line.length() > MAX_JSON_CHARS) {
                    context.diagnostic(n, "object count JSON longer than " + (MAX_JSON_CHARS >> 20)
                            + " MiB (expected the few kilobytes gather_etcd writes); the rest is not read");
                    break;
                }
                lineStarts.add(json.length());
                json.append(line).append('\n');
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                context.diagnostic(n, "not a 'COUNT RESOURCE' line of uniq -c");
                continue;
            }
            counts.add(m.group(2), EtcdValues.number(m.group(1)), -1, n, line);
        }
        String format = "object-count";
        if (json != null) {
            format = json(json.toString(), lineStarts, counts, context);
        }
        counts.emit(format);
    }

    /** Reads one object_count.json document; the format it had. */
    private static String json(String text, List<Integer> lineStarts, Counts counts, ParseContext context) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                context.diagnostic(lineStarts.size(), "object count JSON is not an object");
                return "object-count-json";
            }
            JsonToken t = p.nextToken();
            if (t == JsonToken.FIELD_NAME && p.currentName().equals("etcd_resources")) {
                resources(p, text, lineStarts, counts, context);
                return "object-count-resources";
            }
            // {"pods":"312",...}: each field a resource
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                String name = p.currentName();
                JsonToken v = p.nextToken();
                long line = lineOf(lineStarts, start);
                if (v.isStructStart()) {
                    p.skipChildren();
                    context.diagnostic(line, "object count of " + name + " is not a number (expected \"" + name + "\":\"<count>\")");
                    continue;
                }
                long keys = EtcdValues.number(p.getText());
                int end = (int) p.currentLocation().getCharOffset();
                if (keys < 0) {
                    context.diagnostic(line, "object count of " + name + " is not a number: " + p.getText());
                    continue;
                }
                counts.add(name, keys, -1, line, text.substring(start, Math.min(end, text.length())));
            }
            return "object-count-json";
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            context.diagnostic(at, "malformed object count JSON (expected what gather_etcd's jq writes): " + e.getOriginalMessage());
            return "object-count-json";
        }
    }

    private static void resources(JsonParser p, String text, List<Integer> lineStarts, Counts counts, ParseContext context)
            throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            context.diagnostic(1, "etcd_resources is not an array (expected column -J's rows)");
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            String count = "";
            String name = "";
            String size = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isStructStart()) {
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "object_count" -> count = p.getText();
                    case "object_name" -> name = p.getText();
                    case "object_size" -> size = p.getText();
                    default -> {
                        // a column a later script may add
                    }
                }
            }
            int end = (int) p.currentLocation().getCharOffset();
            long line = lineOf(lineStarts, start);
            long keys = EtcdValues.number(count);
            if (name.isEmpty() || keys < 0) {
                context.diagnostic(line, "etcd_resources row without an object_name and a numeric object_count");
                continue;
            }
            String resource = name.substring(name.lastIndexOf('/') + 1);
            // numfmt --to=iec writes top's scaling letters (K … E for KiB … EiB), a bare number is bytes
            counts.add(resource.isEmpty() ? name : resource, keys, size.isEmpty() ? -1 : Units.topSize(size, 1), line,
                    text.substring(start, Math.min(end, text.length())));
        }
    }

    /** The 1-based line of a character offset. */
    private static long lineOf(List<Integer> lineStarts, int offset) {
        int line = 1;
        for (int i = 0; i < lineStarts.size(); i++) {
            if (lineStarts.get(i) <= offset) {
                line = i + 1;
            }
        }
        return line;
    }

    /** The counts read, bounded, and their total. */
    private static final class Counts {
        private final ParseInput input;
        private final ParseContext context;
        private final List<EtcdResourceCount> list = new ArrayList<>();
        private long total;
        private boolean cut;

        Counts(ParseInput input, ParseContext context) {
            this.input = input;
            this.context = context;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        void add(String resource, long keys, long bytes, long line, String excerpt) {
            total = keys > 0 && total > Long.MAX_VALUE - keys ? Long.MAX_VALUE : total + Math.max(keys, 0);
            if (list.size() < MAX_LINES) {
                Location at = input.location(line);
                list.add(new EtcdResourceCount(resource, "", keys, -1, bytes, at, excerpt));
            } else if (!cut) {
                cut = true;
                context.diagnostic(line, "more than " + MAX_LINES + " resources (expected one per resource type);"
                        + " the rest are only counted in the total");
            }
        }

        void emit(String format) {
            if (!list.isEmpty()) {
                context.emit(new EtcdKeyspace(format, total, -1, -1, false, List.of(), List.of(), list, List.of(),
                        input.location(0)));
            }
        }
    }
}
