package dev.mga.core.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mga.core.spi.ContentSample;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the etcd family recognises its artifacts by content: etcdctl's output in each write-out format
 * (after the prompts, commands, stderr and client log lines a paste carries above it; pretty-printed
 * JSON judged as its compact form), a server log's lines, a check perf result, an object count.
 * Each check is cheap and strict: it looks at the first dozen lines of output only.
 */
final class EtcdSniffers {

    /** Lines a pasted capture may carry above the output: a prompt, a stderr line, a client log line. */
    static final Pattern PREAMBLE = Pattern.compile("^(?:\\$|#|\\S+@\\S+[$#]|sh-[\\d.]+[$#]|Error:|Failed to get|\\{\"level\").*");
    /** A shell prompt and the command typed after it (until the envelope layer hands prompts over). */
    static final Pattern PROMPT = Pattern.compile("^(?:\\$|#|\\S+@\\S+[$#]|sh-[\\d.]+[$#])\\s*(.*)$");

    static final Pattern STATUS_TABLE = Pattern.compile("^\\|\\s*ENDPOINT\\s*\\|.*\\|\\s*(?:DB SIZE|DB SIZE/IN USE)\\s*\\|");
    static final Pattern STATUS_FIELDS = Pattern.compile("^\"DBSize\" : \\d+$");
    static final Pattern STATUS_JSON = Pattern.compile("^\\[\\{\"Endpoint\":\"[^\"]*\",\"Status\":\\{");
    static final Pattern STATUS_SIMPLE = Pattern.compile(
            "^\\S+, [0-9a-f]{1,16}, \\d+\\.\\d+\\.\\d+[^,]*, (?:[^,]*, )?\\d+(?:\\.\\d+)? [kMGTPE]?i?B, ");
    static final Pattern HEALTH_TABLE = Pattern.compile("^\\|\\s*ENDPOINT\\s*\\|\\s*HEALTH\\s*\\|");
    static final Pattern HEALTH_FIELDS = Pattern.compile("^\"Health\" : (?:true|false)$");
    static final Pattern HEALTH_JSON = Pattern.compile("^\\[\\{\"endpoint\":\"[^\"]*\",\"health\":");
    static final Pattern HEALTH_SIMPLE = Pattern.compile("^\\S+ is (?:healthy: successfully committed proposal|unhealthy: )"
            + "|^member [0-9a-f]{1,16} is (?:healthy|unhealthy|unreachable): |^member [0-9a-f]{1,16} is (?:healthy|unhealthy)$"
            + "|^failed to check the health of member "
            + "|^cluster may be unhealthy: failed to list members$");
    static final Pattern MEMBER_TABLE = Pattern.compile("^\\|\\s*ID\\s*\\|\\s*STATUS\\s*\\|\\s*NAME\\s*\\|\\s*PEER ADDRS\\s*\\|");
    static final Pattern MEMBER_FIELDS = Pattern.compile("^\"PeerURL\" : \"");
    static final Pattern MEMBER_JSON = Pattern.compile("^\\{\"header\":\\{[^}]*\\},\"members\":\\[");
    static final Pattern MEMBER_SIMPLE = Pattern.compile("^[0-9a-f]{1,16}, (?:started|unstarted), [^,]*, \\S+, [^,]*(?:, (?:true|false))?$");
    static final Pattern ALARM_FIELDS = Pattern.compile("^\"AlarmType\" : ");
    static final Pattern ALARM_JSON = Pattern.compile("^\\{\"header\":\\{[^}]*\\},\"alarms\":\\[");
    static final Pattern KEYS_FIELDS = Pattern.compile("^\"(?:Key|Count)\" : ");
    /** {@code get -w json}: header first as etcdctl prints it, or count first as python's json.tool sorts the keys. */
    static final Pattern KEYS_JSON = Pattern.compile("^\\{(?:\"count\":\\d+,)?\"header\":\\{[^}]*\\},(?:\"kvs\":\\[|\"count\":)");
    static final Pattern KUBE_KEY = Pattern.compile("^(?:\\d+\\s+)?/(?:registry|kubernetes\\.io|openshift\\.io)/\\S+$");
    /** check perf's progress bar ({@code 60 / 60 Boooo…! 100.00% 1m0s}; the bar's characters may be gone in a paste). */
    static final Pattern PERF_PROGRESS = Pattern.compile("\\d+ / 60 +(?:\\S+ +)?\\d+\\.\\d+%");
    static final Pattern PERF_RESULT = Pattern.compile("^(?:PASS|FAIL): (?:Throughput|Slowest request|Stddev|too many errors)");
    /** object_count.json since 4.16 is distinctive; the 4.14 one ({"pods":"312",…}) is known by its path only. */
    static final Pattern OBJECT_COUNT = Pattern.compile("^\\{\"etcd_resources\":\\[\\{\"object_count\":\"\\d+\",");
    /** The client library's zap logger: its retry interceptor, or the 3.5 logger name. */
    static final Pattern CLIENT_LOG = Pattern.compile(
            "^\\{\"level\":\"\\w+\",\"ts\":[^,]+,(?:\"logger\":\"etcd-client\",)?\"caller\":\"(?:clientv3|v3)/retry_interceptor\\.go:\\d+\"");

    private static final Pattern POD_TIME = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+Z ");
    private static final Pattern ETCD_FRAME = Pattern.compile("go\\.etcd\\.io/|github\\.com/coreos/etcd|github\\.com/etcd-io/|github\\.com/coreos/bbolt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EtcdSniffers() {
    }

    /** A sniffer over the first lines of etcdctl's output, out of the transcript around it. */
    static Predicate<ContentSample> output(Predicate<List<String>> test) {
        return sample -> {
            List<String> lines = sample.reading(OUTPUT);
            return !lines.isEmpty() && test.test(lines);
        };
    }

    /** The first lines of etcdctl's output in a sample: read once per sample for the nine etcdctl types. */
    private static final java.util.function.Function<ContentSample, List<String>> OUTPUT = EtcdSniffers::outputLines;

    private static List<String> outputLines(ContentSample sample) {
        List<String> whole = transcript(sample, 30);
        if (whole.isEmpty() && !sample.text().isBlank()) {
            // one line longer than the sample (a -w json listing): judge by its start
            whole = List.of(sample.text().strip());
        }
        List<String> lines = output(whole);
        if (!lines.isEmpty() && (lines.get(0).equals("[") || lines.get(0).equals("{"))) {
            // pretty-printed JSON (jq ., python -m json.tool): judged as etcdctl's compact line would be
            lines = List.of(compact(String.join("\n", output(transcript(sample, 200)))));
        }
        return lines;
    }

    /**
     * The first {@code max} non-blank lines of the sample as a transcript: content lines out of their
     * envelopes, and the envelope layer's prompt lines as {@code $ command}, so that {@link #output}
     * knows which lines continue a command ({@code \\} at the end of the typed text).
     */
    static List<String> transcript(ContentSample sample, int max) {
        List<String> out = new ArrayList<>();
        for (ContentSample.Line l : sample.all()) {
            if (out.size() == max || !l.complete()) {
                break;
            }
            if (l.envelope().prompt()) {
                out.add("$ " + l.envelope().command());
            } else if (l.envelope().content() && !l.text().isBlank()) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** A sniffer over the first non-blank lines as they are (logs: their lines are the content). */
    static Predicate<ContentSample> lines(Predicate<List<String>> test) {
        return sample -> {
            List<String> lines = sample.nonBlankLines(12).stream().map(String::strip).toList();
            return !lines.isEmpty() && test.test(lines);
        };
    }

    static boolean any(List<String> lines, Pattern... patterns) {
        for (String l : lines) {
            for (Pattern p : patterns) {
                if (p.matcher(l).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean first(List<String> lines, Pattern p) {
        return p.matcher(lines.get(0)).find();
    }

    /** Most of the first lines are etcd's (at least three, or all when fewer), or a panic has etcd frames under it. */
    static boolean serverLog(List<String> lines) {
        int etcd = 0;
        boolean panic = false;
        for (String raw : lines) {
            String l = POD_TIME.matcher(raw).replaceFirst("");
            if (l.startsWith("panic: ")) {
                panic = true;
                continue;
            }
            if (panic && ETCD_FRAME.matcher(l).find()) {
                return true;
            }
            if (etcdLine(l)) {
                etcd++;
            }
        }
        return etcd >= Math.min(3, lines.size());
    }

    private static boolean etcdLine(String line) {
        if (line.startsWith("{")) {
            try {
                JsonNode z = JSON.readTree(line);
                return z != null && z.has("msg") && EtcdLogLine.isEtcd(EtcdLogLine.zap(z));
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return EtcdLogLine.isEtcd(EtcdLogLine.scan(line));
    }

    /** The first lines of etcdctl's own output: prompts, commands (and their continuations), stderr and client logs left out. */
    static List<String> output(List<String> whole) {
        TranscriptLines transcript = new TranscriptLines();
        List<String> out = new ArrayList<>();
        for (String raw : whole) {
            String l = raw.strip();
            Matcher prompt = PROMPT.matcher(l);
            if (prompt.matches()) {
                transcript.prompt(prompt.group(1));
            } else if (!PREAMBLE.matcher(l).matches() && transcript.next(l) == TranscriptLines.Kind.OUTPUT) {
                out.add(l);
                if (out.size() == 12) {
                    break;
                }
            }
        }
        return out;
    }

    /** JSON text without the whitespace between its tokens (strings kept as they are). */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
