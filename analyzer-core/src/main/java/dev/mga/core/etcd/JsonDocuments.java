package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.parse.RecentBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -w json} document (or a client's JSON log line): endpoint status and health arrays,
 * member and alarm lists, {@code get} responses. The {@code kvs} array of a {@code get} is read
 * element by element into the key tally; everything else is small and read as a tree. Ids are
 * uint64 numbers (or hex strings with {@code --hex}); keys and values are base64.
 */
final class JsonDocuments {

    private static final int EXCERPT_MAX = 600;
    /** The endpoints of an etcdctl client's target list ({@code #initially=[a;b]}). */
    private static final Pattern TARGET_SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern ENDPOINT = Pattern.compile(
            "(https?://[^\\s\"',)]+|\\d{1,3}(?:\\.\\d{1,3}){3}:\\d+|\\[[0-9a-fA-F:]+]:\\d+)");

    private final EtcdctlCapture capture;
    private final RecentBytes raw;
    /** The raw text of each element of a members or alarms array, in order. */
    private final Map<String, List<String>> arrayExcerpts = new LinkedHashMap<>();

    /** @param raw the bytes the parser reads, for citing values as the capture holds them */
    JsonDocuments(EtcdctlCapture capture, RecentBytes raw) {
        this.capture = capture;
        this.raw = raw;
    }

    /** Reads one document from the parser, which is positioned before it. */
    void read(JsonParser p, long startLine) throws IOException {
        JsonToken t = p.nextToken();
        long line = startLine;
        long from = p.currentTokenLocation().getByteOffset();
        if (t == JsonToken.START_ARRAY) {
            // element by element: an array of any length is never held whole
            boolean empty = true;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new JsonEOFException(p, null, "end of input inside a JSON array");
                }
                empty = false;
                long start = p.currentTokenLocation().getByteOffset();
                JsonNode e = JsonTrees.readJackson(p);
                if (e == null) {
                    tooLarge(line);
                } else {
                    element(e, line, excerpt(start, p, e));
                }
            }
            if (empty) {
                capture.diagnostic(line, "empty JSON array (expected endpoint status or health entries)");
            }
        } else if (t == JsonToken.START_OBJECT) {
            object(p, line, from);
        } else {
            capture.diagnostic(line, "JSON document is not an object or array");
        }
    }

    private void element(JsonNode e, long line, String excerpt) {
        Location at = capture.at(line);
        if (e.has("Status") && e.has("Endpoint")) {
            capture.status(status(e.get("Endpoint").asText(), e.get("Status"), at, excerpt));
        } else if (e.has("endpoint") && e.has("health")) {
            String took = e.path("took").asText("");
            capture.health(new EtcdEndpointHealth(e.get("endpoint").asText(), "", e.get("health").asBoolean(), took,
                    EtcdValues.millis(took), e.path("error").asText(""), EtcdctlFormat.JSON, at, excerpt));
        } else {
            capture.diagnostic(line, "JSON array element with " + fieldNames(e) + " (expected endpoint status"
                    + " {Endpoint, Status} or health {endpoint, health})");
        }
    }

    private void tooLarge(long line) {
        capture.diagnostic(line, "JSON value larger than " + JsonTrees.budget()
                + " (expected the small entries etcdctl prints); skipped");
    }

    private void object(JsonParser p, long line, long from) throws IOException {
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        boolean kvs = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("kvs") && v == JsonToken.START_ARRAY) {
                kvs = true;
                KeyspaceTally tally = capture.keys("json");
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    long start = p.currentTokenLocation().getByteOffset();
                    JsonNode kv = JsonTrees.readJackson(p);
                    if (kv == null) {
                        tooLarge(line + p.currentLocation().getLineNr() - 1);
                        continue;
                    }
                    String key = decode(kv.path("key").asText(""));
                    long create = EtcdValues.number(kv.path("create_revision"));
                    long mod = EtcdValues.number(kv.path("mod_revision"));
                    long version = EtcdValues.number(kv.path("version"));
                    tally.add(key, create, mod, version, capture.at(line + p.currentLocation().getLineNr() - 1),
                            excerpt(start, p, kv));
                }
            } else if ((name.equals("members") || name.equals("alarms")) && v == JsonToken.START_ARRAY) {
                rest.set(name, elements(p, name, line));
            } else {
                JsonNode value = JsonTrees.readJackson(p);
                if (value == null) {
                    tooLarge(line);
                } else {
                    rest.set(name, value);
                }
            }
        }
        Location at = capture.at(line);
        if (rest.has("level") && rest.has("msg")) {
            String msg = rest.get("msg").asText();
            List<String> targets = targets(rest.path("target").asText(""));
            capture.clientError(targets.isEmpty() ? endpointIn(rest.path("error").asText("")) : "", targets,
                    msg.startsWith("retrying of unary invoker failed"), msg + (rest.has("error")
                    ? ": " + rest.get("error").asText() : ""), line, excerpt(from, p, rest));
        } else if (rest.has("members")) {
            int i = 0;
            for (JsonNode m : rest.get("members")) {
                String name = m.path("name").asText("");
                capture.member(new EtcdMember(id(m.path("ID")), !name.isEmpty(), name, texts(m.path("peerURLs")),
                        texts(m.path("clientURLs")), m.path("isLearner").asBoolean(false), at,
                        arrayExcerpts.get("members").get(i++)), EtcdctlFormat.JSON);
            }
        } else if (rest.has("alarms")) {
            int i = 0;
            for (JsonNode a : rest.get("alarms")) {
                capture.alarm(new EtcdAlarm(id(a.path("memberID")), EtcdValues.alarmName(a.path("alarm").asText("0")),
                        EtcdAlarm.Source.ALARM_LIST, at, arrayExcerpts.get("alarms").get(i++)), EtcdctlFormat.JSON);
            }
        } else if (kvs || rest.has("count")) {
            KeyspaceTally tally = capture.keys("json");
            tally.reportedCount(Math.max(0, EtcdValues.number(rest.path("count"))));
            tally.revision(EtcdValues.number(rest.path("header").path("revision")));
        } else if (rest.has("etcdserver") && rest.has("etcdcluster")) {
            // the server's /version answer ({"etcdserver":"3.6.0","etcdcluster":"3.6.0","storage":"3.6.0"}), pasted
            // beside etcdctl's output: versions the status rows carry too
            return;
        } else if (!rest.has("header") && rest.isEmpty() || capture.command().equals("alarm list")) {
            // etcdctl 3.4 prints {} for an alarm list with no alarm; later versions a header alone
            capture.noAlarms(EtcdctlFormat.JSON, line);
        } else {
            capture.diagnostic(line, "JSON object with " + fieldNames(rest) + " is none etcdctl prints (expected"
                    + " members, alarms, kvs/count, or a client log line)");
        }
    }

    private static EtcdEndpointStatus status(String endpoint, JsonNode s, Location at, String excerpt) {
        String memberId = id(s.path("header").path("member_id"));
        String leader = id(s.path("leader"));
        Map<String, String> other = new LinkedHashMap<>();
        if (s.has("downgradeInfo")) {
            other.put("downgradeInfo", s.get("downgradeInfo").toString());
        }
        List<String> errors = new ArrayList<>();
        s.path("errors").forEach(e -> errors.add(e.asText()));
        return EtcdEndpointStatus.builder(endpoint, EtcdctlFormat.JSON, at, excerpt)
                .member(memberId, s.path("version").asText(""), s.path("storageVersion").asText(""))
                .db(number(s.path("dbSize"), 0), s.path("dbSize").asText("0"),
                        s.has("dbSizeInUse") ? EtcdValues.number(s.get("dbSizeInUse")) : -1)
                .quota(number(s.path("dbSizeQuota"), 0))
                .role(!memberId.isEmpty() && memberId.equals(leader), leader.equals("0") ? "" : leader, s.path("isLearner").asBoolean(false))
                .raft(number(s.path("raftTerm"), 0), number(s.path("raftIndex"), 0), number(s.path("raftAppliedIndex"), -1))
                .errors(errors).otherColumns(other).build();
    }

    /** An unsigned number etcd printed; {@code absent} when the field is missing, -1 when it is not such a number. */
    private static long number(JsonNode n, long absent) {
        return n.isMissingNode() ? absent : EtcdValues.number(n);
    }

    /** A uint64 id as a number, or a hex string (--hex), as lower-case hex. */
    private static String id(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        // uint64 ids are integers; a float (1e400, 1.5) is not one and BigDecimal would refuse Infinity
        return n.isIntegralNumber() ? n.bigIntegerValue().toString(16) : EtcdValues.hexId(n.asText(), false);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(u -> out.add(u.asText()));
        return out;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    /** The endpoint named in a client error ({@code …/127.0.0.1:2379}, {@code http://…}), or "". */
    static String endpointIn(String text) {
        Matcher m = ENDPOINT.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** A members or alarms array, element by element, keeping each element's text as written. */
    private ArrayNode elements(JsonParser p, String name, long line) throws IOException {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        List<String> excerpts = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonEOFException(p, null, "end of input inside a JSON array");
            }
            long start = p.currentTokenLocation().getByteOffset();
            JsonNode e = JsonTrees.readJackson(p);
            if (e == null) {
                tooLarge(line);
            } else {
                out.add(e);
                excerpts.add(excerpt(start, p, e));
            }
        }
        arrayExcerpts.put(name, excerpts);
        return out;
    }

    /**
     * The endpoints of a gRPC client target as etcd's clients name them: {@code endpoint://client-<uuid>/<host:port>}
     * (3.4, one client per endpoint), {@code etcd-endpoints://0x…/#initially=[a;b]} (3.5+, every endpoint the
     * client was given), {@code passthrough:///<url>}.
     */
    static List<String> targets(String target) {
        int list = target.indexOf("#initially=[");
        if (list >= 0) {
            int end = target.indexOf(']', list);
            String inner = target.substring(list + 12, end < 0 ? target.length() : end);
            return java.util.Arrays.stream(TARGET_SEPARATOR.split(inner)).map(String::strip).filter(e -> !e.isEmpty()).toList();
        }
        if (target.startsWith("passthrough:///")) {
            return List.of(target.substring(15));
        }
        java.util.regex.Matcher m = CLIENT_TARGET.matcher(target);
        return m.matches() ? List.of(m.group(1)) : List.of();
    }

    private static final java.util.regex.Pattern CLIENT_TARGET = java.util.regex.Pattern.compile("endpoint://client-[^/]*/(.+)");

    private static String excerptOf(String key) {
        return key.length() > EXCERPT_MAX ? key.substring(0, EXCERPT_MAX) + "…" : key;
    }

    private static String fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> {
            if (names.size() < 20) {
                names.add(f.length() > 100 ? f.substring(0, 100) + "…" : f);
            }
        });
        return names.toString();
    }

    /**
     * The value the parser has just read, which started at byte {@code start}, as the capture holds it;
     * re-serialised only when it has left the window (a value longer than it), marked as such.
     */
    private String excerpt(long start, JsonParser p, JsonNode n) {
        String s = raw.text(start, p.currentLocation().getByteOffset(), EXCERPT_MAX);
        if (s != null) {
            return s;
        }
        String json = n.toString();
        return json.length() > EXCERPT_MAX ? json.substring(0, EXCERPT_MAX) + "…" : json;
    }
}
