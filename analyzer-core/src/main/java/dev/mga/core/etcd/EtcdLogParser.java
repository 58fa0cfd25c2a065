package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams an etcd server log (zap JSON lines, the older capnslog text with the raft library's own
 * {@code raft2022/…} lines, Go's standard logger of an embedded etcd, bare messages of an etcd that
 * logs to journald) into one bounded {@link EtcdLogSummary}. Lines arrive out of their envelopes (the
 * kubelet's RFC 3339 time of must-gather pod logs, CRI lines, a journal, docker json-file): a line's
 * own time wins, the envelope's is used when it has none. A Go panic with etcd or bbolt frames under
 * it is an etcd log too: the crash is its last word.
 */
public final class EtcdLogParser implements ArtifactParser {

    static final int SAMPLES_PER_KIND = 5;
    static final int MAX_ELECTIONS = 10_000;
    static final int MAX_MINUTES = 7 * 24 * 60;

    private static final Pattern POD = Pattern.compile("(?:^|/)pods/([^/]+)/");
    private static final Pattern CAPNSLOG_NAME = Pattern.compile("^name = (\\S+)$");
    /** A goroutine trace under a panic: its header, frames and their file lines. */
    private static final Pattern TRACE = Pattern.compile("^(?:goroutine \\d+ \\[|created by |[\\w./-]+\\(.*\\)$|/\\S+\\.go:\\d+|\\[signal |\\s*$)");
    /** Frames of etcd's code or its database library: a panic over them is etcd's. */
    private static final Pattern ETCD_FRAME = Pattern.compile("go\\.etcd\\.io/|github\\.com/coreos/etcd|github\\.com/etcd-io/|github\\.com/coreos/bbolt|github\\.com/boltdb/bolt");

    /** Numbers kept as written ({@code "ts":1632643435.8314652} is not re-serialised as {@code 1.6326434358314652E9}). */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Summary s = new Summary();
        String line;
        EtcdLogLine.Scanned panic = null;
        long panicLine = 0;
        String panicText = "";
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            s.read++;
            if (!lines.isContent()) {
                continue; // a prompt or the journal's own note
            }
            String text = line;
            LineEnvelope envelope = lines.envelope();
            String envelopeTime = envelope.year() >= 0 ? envelope.time() : ""; // journald's short times have no year
            String excerpt = lines.excerpt();
            EtcdLogLine.Scanned scanned;
            if (text.startsWith("{")) {
                JsonNode z;
                try {
                    z = json.readTree(text);
                } catch (JsonProcessingException e) {
                    if (s.unreadable++ == 0) {
                        context.diagnostic(n, "not a zap JSON log line (expected {\"level\":…,\"ts\":…,\"msg\":…})");
                    }
                    continue;
                }
                scanned = EtcdLogLine.zap(z);
            } else {
                scanned = EtcdLogLine.scan(text);
            }
            if (panic != null) {
                // the goroutine trace under a panic tells whose panic it is
                if (TRACE.matcher(text).lookingAt() || scanned.shape() == EtcdLogLine.Shape.PLAIN) {
                    if (ETCD_FRAME.matcher(text).find()) {
                        s.format(EtcdLogLine.Shape.PANIC);
                        s.event(panic, EtcdLogLine.classify(panic), envelopeTime, input, panicLine, panicText);
                        s.crashedAtEnd = true;
                        panic = null;
                    }
                    continue;
                }
                panic = null; // a panic of something else (a sidecar, a shell): not etcd's
            }
            if (scanned.shape() == EtcdLogLine.Shape.PANIC) {
                panic = scanned;
                panicLine = n;
                panicText = excerpt;
                continue;
            }
            if (!EtcdLogLine.isEtcd(scanned)) {
                // Go runtime, gRPC and flag warnings, the pod's shell, other programs share the log
                continue;
            }
            s.format(scanned.shape());
            s.recognised++;
            s.crashedAtEnd = false;
            s.member(scanned);
            EtcdLogLine.Event e = EtcdLogLine.classify(scanned);
            if (e != null) {
                s.event(scanned, e, envelopeTime, input, n, excerpt);
                if (e.kind().equals(Kind.PANIC) || e.kind().equals(Kind.DB_CORRUPT)) {
                    s.crashedAtEnd = true;
                }
            } else {
                s.time(scanned, envelopeTime);
            }
        }
        if (s.read == 0) {
            // an empty file: oc adm inspect writes previous.log with 0 bytes when there was no previous container
            context.emit(s.build(input, fallbackMember(input), EtcdLogSummary.Format.EMPTY));
            return;
        }
        if (s.recognised == 0 && s.counts.isEmpty()) {
            context.diagnostic(0, "no etcd log line found (expected zap JSON lines, 'YYYY-MM-DD hh:mm:ss.uuuuuu L | pkg: …',"
                    + " or etcd's messages)");
            return;
        }
        context.emit(s.build(input, fallbackMember(input), s.format));
    }

    /** The member when the log does not name it: the node or pod its path names, or a log file's name ("" for a paste). */
    private static String fallbackMember(ParseInput input) {
        Matcher pod = POD.matcher(input.entry().path());
        String file = EntryNames.fileName(input.entry().path());
        return !input.host().isEmpty() ? input.host() : pod.find() ? pod.group(1)
                : file.endsWith(".log") ? file.substring(0, file.length() - 4) : "";
    }

    /** What the log says so far, bounded. */
    private static final class Summary {
        final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        /** Distinct minutes per kind; a week of minutes per kind at most is kept (then the count stops growing). */
        final Map<Kind, java.util.Set<Long>> minutes = new EnumMap<>(Kind.class);
        final Map<Kind, EtcdLogEvent> worst = new EnumMap<>(Kind.class);
        final List<EtcdLogEvent> samples = new ArrayList<>();
        final List<Long> elections = new ArrayList<>();
        String member = "";
        EtcdLogSummary.Format format = EtcdLogSummary.Format.EMPTY;
        String firstTime = "";
        String lastTime = "";
        long firstEpoch = Long.MAX_VALUE;
        long lastEpoch = Long.MIN_VALUE;
        long quota;
        double electionTimeout = -1;
        long read;
        long recognised;
        int unreadable;
        boolean crashedAtEnd;

        void format(EtcdLogLine.Shape shape) {
            EtcdLogSummary.Format f = switch (shape) {
                case ZAP -> EtcdLogSummary.Format.ZAP;
                case CAPNSLOG, RAFT -> EtcdLogSummary.Format.CAPNSLOG;
                case GOLOG -> EtcdLogSummary.Format.GOLOG;
                default -> EtcdLogSummary.Format.PLAIN;
            };
            // zap wins over capnslog (3.4 logs start with a few capnslog lines), both over the looser shapes
            if (format == EtcdLogSummary.Format.EMPTY || f.compareTo(format) < 0) {
                format = f;
            }
        }

        void member(EtcdLogLine.Scanned s) {
            if (s.zap() != null) {
                if (s.msg().equals("starting an etcd server") && s.zap().has("name")) {
                    member = s.field("name");
                }
                long q = Math.max(s.zap().path("quota-backend-bytes").asLong(0), s.zap().path("quota-size-bytes").asLong(0));
                quota = quota == 0 ? q : quota;
            } else {
                Matcher nm = CAPNSLOG_NAME.matcher(s.msg());
                if (member.isEmpty() && nm.matches()) {
                    member = nm.group(1);
                }
            }
            double et = EtcdLogLine.electionTimeout(s);
            if (et > 0) {
                electionTimeout = et;
            }
        }

        /** Notes a line's time, keeping the earliest and latest as written (a log's lines are not always in order). */
        String time(EtcdLogLine.Scanned s, String envelopeTime) {
            String time = s.time();
            long epoch = s.epoch();
            if (time.isEmpty() && !envelopeTime.isEmpty()) {
                time = envelopeTime;
                epoch = EtcdLogLine.rfc3339(envelopeTime);
            }
            if (!time.isEmpty()) {
                if (epoch < 0) {
                    firstTime = firstTime.isEmpty() ? time : firstTime;
                    lastTime = time;
                } else {
                    if (epoch < firstEpoch) {
                        firstEpoch = epoch;
                        firstTime = time;
                    }
                    if (epoch >= lastEpoch) {
                        lastEpoch = epoch;
                        lastTime = time;
                    }
                }
            }
            return time;
        }

        void event(EtcdLogLine.Scanned s, EtcdLogLine.Event e, String envelopeTime, ParseInput input, long n, String line) {
            String time = time(s, envelopeTime);
            long epoch = s.epoch() >= 0 || time.isEmpty() ? s.epoch() : EtcdLogLine.rfc3339(time);
            EtcdLogEvent event = new EtcdLogEvent(e.kind(), time, epoch, e.durationMillis(), e.detail(), input.location(n),
                    line.length() > 1000 ? line.substring(0, 1000) + "…" : line);
            long seen = counts.merge(e.kind(), 1L, Long::sum);
            if (seen <= SAMPLES_PER_KIND) {
                samples.add(event);
            }
            if (e.durationMillis() >= 0) {
                worst.merge(e.kind(), event, (a, b) -> b.durationMillis() > a.durationMillis() ? b : a);
            }
            java.util.Set<Long> m = minutes.computeIfAbsent(e.kind(), x -> new java.util.HashSet<>());
            if (epoch >= 0 && m.size() < MAX_MINUTES) {
                m.add(epoch / 60_000);
            }
            if (e.kind().equals(Kind.LEADER_ELECTED) && elections.size() < MAX_ELECTIONS) {
                elections.add(epoch);
            }
        }

        EtcdLogSummary build(ParseInput input, String fallbackMember, EtcdLogSummary.Format fmt) {
            Map<Kind, Long> distinct = new EnumMap<>(Kind.class);
            minutes.forEach((k, v) -> distinct.put(k, (long) v.size()));
            return new EtcdLogSummary(member.isEmpty() ? fallbackMember : member, fmt, read, firstTime, lastTime, counts, distinct,
                    worst,
                    samples, elections, quota, electionTimeout, crashedAtEnd, input.location(0));
        }
    }
}
