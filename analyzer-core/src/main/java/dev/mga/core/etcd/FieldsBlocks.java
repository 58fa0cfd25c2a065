package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdctlFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -w fields} output: {@code "Name" : value} lines. Status, health, member and alarm
 * entries are blocks ended by a blank line and told apart by their field names; the key-values of
 * a {@code get} ({@code "Key"} … {@code "Lease"}) have no blank line between them and are streamed
 * one by one into the key tally, so a listing of millions of keys is never held.
 */
final class FieldsBlocks {

    static final Pattern LINE = Pattern.compile("^\"([A-Za-z]+)\" :\\s?(.*)$");
    private static final int EXCERPT_MAX = 600;
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    /** Fields of one block: etcdctl prints at most about twenty; a longer run is not its output. */
    static final int MAX_BLOCK = 1000;

    private record Field(String name, String value, long line, String raw) {
    }

    private final EtcdctlCapture capture;
    private final List<Field> block = new ArrayList<>();
    /** The current block ran past {@link #MAX_BLOCK} fields (reported once). */
    private boolean blockCut;
    // the key-value being read: key, create, mod, version
    private String key;
    private long keyLine;
    private final StringBuilder keyExcerpt = new StringBuilder();
    private long create = -1;
    private long mod = -1;
    private long version = -1;

    FieldsBlocks(EtcdctlCapture capture) {
        this.capture = capture;
    }

    /** One {@code "Name" : value} line. */
    void field(String name, String value, long n, String raw) {
        if (name.equals("Key")) {
            endKey();
            key = unquote(value);
            keyLine = n;
            keyExcerpt.setLength(0);
            keyExcerpt.append(raw, 0, Math.min(raw.length(), EXCERPT_MAX));
            return;
        }
        if (key != null) {
            switch (name) {
                case "CreateRevision" -> create = EtcdValues.number(value);
                case "ModRevision" -> mod = EtcdValues.number(value);
                case "Version" -> version = EtcdValues.number(value);
                case "Value" -> {
                    return;
                }
                case "Lease" -> {
                    endKey();
                    return;
                }
                default -> {
                    endKey();
                    add(new Field(name, value, n, raw));
                    return;
                }
            }
            if (keyExcerpt.length() < EXCERPT_MAX) {
                keyExcerpt.append('\n').append(raw, 0, Math.min(raw.length(), EXCERPT_MAX));
            }
            return;
        }
        add(new Field(name, value, n, raw));
    }

    private void add(Field f) {
        if (block.size() < MAX_BLOCK) {
            block.add(f);
        } else if (!blockCut) {
            blockCut = true;
            capture.diagnostic(f.line(), "more than " + MAX_BLOCK + " fields without a blank line (expected etcdctl's"
                    + " blocks of a few fields); the rest of the block is left out");
        }
    }

    /** A blank line or the end of the fields: the block is complete. */
    void end() {
        endKey();
        if (block.isEmpty()) {
            return;
        }
        Map<String, List<Field>> byName = new LinkedHashMap<>();
        for (Field f : block) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        long line = block.get(0).line();
        String excerpt = excerpt();
        Location at = capture.at(line);
        if (byName.containsKey("DBSize") || byName.containsKey("RaftAppliedIndex")) {
            capture.status(status(byName, at, excerpt));
        } else if (byName.containsKey("Health")) {
            double ms = EtcdValues.millis(last(byName, "Took"));
            capture.health(new EtcdEndpointHealth(unquote(last(byName, "Endpoint")), "", "true".equals(last(byName, "Health")),
                    last(byName, "Took"), ms, last(byName, "Error"), EtcdctlFormat.FIELDS, at, excerpt));
        } else if (byName.containsKey("AlarmType")) {
            Field type = byName.get("AlarmType").get(byName.get("AlarmType").size() - 1);
            capture.alarm(new EtcdAlarm(EtcdValues.hexId(last(byName, "MemberID"), true), type.value().strip(),
                    EtcdAlarm.Source.ALARM_LIST, capture.at(type.line()), excerpt), EtcdctlFormat.FIELDS);
        } else if (byName.containsKey("Name") || byName.containsKey("PeerURL")) {
            Field id = byName.containsKey("ID") ? byName.get("ID").get(0) : block.get(0);
            String name = unquote(last(byName, "Name"));
            capture.member(new EtcdMember(EtcdValues.hexId(last(byName, "ID"), true), !name.isEmpty(), name,
                    values(byName, "PeerURL"), values(byName, "ClientURL"), "true".equals(last(byName, "IsLearner")),
                    capture.at(id.line()), excerpt), EtcdctlFormat.FIELDS);
        } else if (byName.containsKey("Count") || byName.containsKey("More")) {
            KeyspaceTally tally = capture.keys("fields");
            tally.reportedCount(EtcdValues.number(last(byName, "Count")));
            tally.revision(EtcdValues.number(first(byName, "Revision")));
        } else if (byName.keySet().stream().allMatch(n -> n.equals("ClusterID") || n.equals("MemberID")
                || n.equals("Revision") || n.equals("RaftTerm"))) {
            if (capture.command().equals("alarm list")) {
                capture.noAlarms(EtcdctlFormat.FIELDS, line);
            }
        } else {
            capture.diagnostic(line, "fields block with " + byName.keySet() + " is none etcdctl prints (expected an"
                    + " endpoint status, endpoint health, member, alarm or get block)");
        }
        block.clear();
        blockCut = false;
    }

    private EtcdEndpointStatus status(Map<String, List<Field>> f, Location at, String excerpt) {
        Map<String, String> other = new LinkedHashMap<>();
        for (String n : List.of("DowngradeTargetVersion", "DowngradeEnabled", "ClusterID", "Revision")) {
            if (f.containsKey(n)) {
                other.put(n, unquote(first(f, n)));
            }
        }
        String memberId = EtcdValues.hexId(first(f, "MemberID"), true);
        String leader = EtcdValues.hexId(last(f, "Leader"), true);
        long size = EtcdValues.number(last(f, "DBSize"));
        long inUse = f.containsKey("DBSizeInUse") ? EtcdValues.number(last(f, "DBSizeInUse")) : -1;
        long quota = f.containsKey("DBSizeQuota") ? Math.max(0, EtcdValues.number(last(f, "DBSizeQuota"))) : 0;
        long applied = f.containsKey("RaftAppliedIndex") ? EtcdValues.number(last(f, "RaftAppliedIndex")) : -1;
        return EtcdEndpointStatus.builder(unquote(last(f, "Endpoint")), EtcdctlFormat.FIELDS, at, excerpt)
                .member(memberId, unquote(last(f, "Version")), unquote(last(f, "StorageVersion")))
                .db(size, String.valueOf(size), inUse).quota(quota)
                .role(!memberId.isEmpty() && memberId.equals(leader), leader.equals("0") ? "" : leader, "true".equals(last(f, "IsLearner")))
                .raft(EtcdValues.number(last(f, "RaftTerm")), EtcdValues.number(last(f, "RaftIndex")), applied)
                .errors(EtcdValues.errors(last(f, "Errors"))).otherColumns(other).build();
    }

    private void endKey() {
        if (key != null) {
            capture.keys("fields").add(key, create, mod, version, capture.at(keyLine), keyExcerpt.toString());
            key = null;
            create = -1;
            mod = -1;
            version = -1;
        }
    }

    private String excerpt() {
        StringBuilder sb = new StringBuilder();
        for (Field f : block) {
            if (sb.length() > 0) {
                sb.append('\n'); // the block's lines as they follow each other in the capture
            }
            sb.append(f.raw());
            if (sb.length() > EXCERPT_MAX) {
                sb.setLength(EXCERPT_MAX);
                sb.append('…');
                break;
            }
        }
        return sb.toString();
    }

    private static String first(Map<String, List<Field>> f, String name) {
        List<Field> l = f.get(name);
        return l == null ? "" : l.get(0).value().strip();
    }

    private static String last(Map<String, List<Field>> f, String name) {
        List<Field> l = f.get(name);
        return l == null ? "" : l.get(l.size() - 1).value().strip();
    }

    private static List<String> values(Map<String, List<Field>> f, String name) {
        List<Field> l = f.get(name);
        return l == null ? List.of() : l.stream().map(x -> unquote(x.value())).toList();
    }

    /** A Go {@code %q} string: quotes removed, the common escapes undone. */
    static String unquote(String v) {
        String t = v.strip();
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            return t;
        }
        t = t.substring(1, t.length() - 1);
        if (t.indexOf('\\') < 0) {
            return t;
        }
        Matcher m = ESCAPE.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String c = switch (m.group(1)) {
                case "n" -> "\n";
                case "t" -> "\t";
                case "\"" -> "\"";
                case "\\" -> "\\";
                default -> "\\" + m.group(1);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(c));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
