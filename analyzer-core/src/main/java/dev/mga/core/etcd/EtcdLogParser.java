package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.source.EntryNames;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.LineEnvelope;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams an etcd server log (zap JSON lines, or the older capnslog text with the raft library's
 * own {@code raft2022/…} lines) into one bounded {@link EtcdLogSummary}. Lines arrive out of their
 * envelopes (the kubelet's RFC 3339 time of must-gather pod logs, CRI lines, a journal, docker
 * json-file): a line's own time wins, the envelope's is used when it has none.
 */
public final class EtcdLogParser implements ArtifactParser {

    static final int SAMPLES_PER_KIND = 5;
    static final int MAX_ELECTIONS = 10_000;

    private static final Pattern CAPNSLOG = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+) ([CEWNID]) \\| ([\\w/.-]+): (.*)$");
    private static final Pattern RAFT = Pattern.compile("^raft(\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d) [A-Z]+: (.*)$");
    private static final Pattern POD = Pattern.compile("(?:^|/)pods/([^/]+)/");
    private static final Pattern CAPNSLOG_NAME = Pattern.compile("^name = (\\S+)$");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, EtcdLogEvent> worst = new HashMap<>();
        List<EtcdLogEvent> samples = new ArrayList<>();
        List<Long> elections = new ArrayList<>();
        String member = "";
        String format = "";
        String first = "";
        String last = "";
        long firstEpoch = -1;
        long lastEpoch = -1;
        long quota = 0;
        long read = 0;
        int unreadable = 0;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            read++;
            if (!lines.isContent()) {
                continue;
            }
            String text = line;
            LineEnvelope envelope = lines.envelope();
            String time = envelope.year() >= 0 ? envelope.time() : ""; // journald's short times have no year
            long epoch = time.isEmpty() ? -1 : EtcdLogLine.rfc3339(time);
            String msg;
            String took = "";
            String exceeded = "";
            String request = "";
            if (text.startsWith("{")) {
                JsonNode z;
                try {
                    z = json.readTree(text);
                } catch (JsonProcessingException e) {
                    if (unreadable++ == 0) {
                        context.diagnostic(n, "not a zap JSON log line (expected {\"level\":…,\"ts\":…,\"msg\":…})");
                    }
                    continue;
                }
                format = "zap";
                msg = z.path("msg").asText("");
                String ts = z.path("ts").asText("");
                if (!ts.isEmpty()) {
                    time = ts;
                    epoch = EtcdLogLine.zapTime(ts);
                }
                took = z.path("took").asText("");
                exceeded = z.path("exceeded-duration").asText("");
                request = z.path("request").asText("");
                if (msg.equals("starting an etcd server") && z.has("name")) {
                    member = z.get("name").asText();
                }
                long q = Math.max(z.path("quota-backend-bytes").asLong(0), z.path("quota-size-bytes").asLong(0));
                quota = quota == 0 ? q : quota;
            } else {
                Matcher c = CAPNSLOG.matcher(text);
                Matcher r = RAFT.matcher(text);
                if (c.matches()) {
                    format = format.isEmpty() ? "capnslog" : format;
                    time = c.group(1);
                    epoch = EtcdLogLine.capnslogTime(time);
                    msg = c.group(4);
                    Matcher nm = CAPNSLOG_NAME.matcher(msg);
                    if (member.isEmpty() && nm.matches()) {
                        member = nm.group(1);
                    }
                } else if (r.matches()) {
                    time = r.group(1);
                    epoch = EtcdLogLine.raftTime(time);
                    msg = r.group(2);
                } else {
                    // Go runtime, gRPC and flag warnings share the log; they carry nothing the rules use
                    continue;
                }
            }
            if (!time.isEmpty()) {
                // the earliest and latest times, not the first and last lines: merged or rotated logs are
                // not in time order, and "between 10:19 and 10:17" reads as nonsense
                if (epoch >= 0) {
                    if (firstEpoch < 0 || epoch < firstEpoch) {
                        firstEpoch = epoch;
                        first = time;
                    }
                    if (epoch >= lastEpoch) {
                        lastEpoch = epoch;
                        last = time;
                    }
                } else if (firstEpoch < 0) {
                    first = first.isEmpty() ? time : first;
                    last = time;
                }
            }
            EtcdLogLine.Event e = EtcdLogLine.classify(msg, took, exceeded, request);
            if (e == null) {
                continue;
            }
            String excerpt = lines.excerpt();
            EtcdLogEvent event = new EtcdLogEvent(e.kind(), time, epoch, e.durationMillis(), e.detail(), input.location(n),
                    excerpt.length() > 1000 ? excerpt.substring(0, 1000) + "…" : excerpt);
            long seen = counts.merge(e.kind(), 1L, Long::sum);
            if (seen <= SAMPLES_PER_KIND) {
                samples.add(event);
            }
            if (e.durationMillis() >= 0) {
                worst.merge(e.kind(), event, (a, b) -> b.durationMillis() > a.durationMillis() ? b : a);
            }
            if (e.kind().equals("leader-elected") && elections.size() < MAX_ELECTIONS) {
                elections.add(epoch);
            }
        }
        if (format.isEmpty()) {
            context.diagnostic(0, "no etcd log line found (expected zap JSON lines or 'YYYY-MM-DD hh:mm:ss.uuuuuu L | pkg: …')");
            return;
        }
        if (member.isEmpty()) {
            Matcher pod = POD.matcher(input.entry().path());
            member = !input.host().isEmpty() ? input.host() : pod.find() ? pod.group(1)
                    : withoutLogSuffix(EntryNames.fileName(input.entry().path()));
        }
        context.emit(new EtcdLogSummary(member, format, read, first, last, counts, worst, samples, elections, quota,
                input.location(0)));
    }

    private static String withoutLogSuffix(String fileName) {
        return fileName.endsWith(".log") ? fileName.substring(0, fileName.length() - ".log".length()) : fileName;
    }
}
