package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.parse.LineUnwrapper;
import dev.mga.core.parse.RecentBytes;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses whatever etcdctl printed into a file, in any write-out format and mixed as engineers
 * paste them: tables, {@code -w fields}, {@code -w json} (also with stderr lines before or after),
 * simple lines, key listings ({@code --keys-only}, the seed's {@code COUNT KEY} lines), and the
 * stderr messages themselves. One parser serves every etcdctl artifact type; the type only tells
 * which command the file holds when its content cannot (an empty alarm list).
 */
public final class EtcdctlOutputParser implements ArtifactParser {

    private static final Pattern NUMBER_KEY = Pattern.compile("^\\s*(\\d+)\\s+(/\\S*)\\s*$");
    private static final Pattern FAILED_STATUS = Pattern.compile("^Failed to get the status of endpoint (\\S+) \\((.*)\\)$");

    /** etcdctl v2's error details under its {@code Error:} line ({@code error #0: client: endpoint … exceeded header timeout}). */
    /** A table border whose start the poster cut ({@code --------------+------------------+---…}). */
    private static final Pattern BORDER = Pattern.compile("^-{3,}\\+[-+]*\\+$");
    private static final Pattern ERROR_DETAIL = Pattern.compile("^error #\\d+: ");
    /** Words of an etcd or gRPC error in a line some client printed (an operator's {@code error while getting member list etcdserver: no leader}). */
    private static final Pattern CLIENT_ERROR_WORDS = Pattern.compile("etcdserver: [a-z]|rpc error: code = |context deadline exceeded");

    private final String command;
    private final ObjectMapper json = JsonMapper.builder().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).build();

    /** @param command the etcdctl command files of this type hold ({@code endpoint status}…), or "" */
    public EtcdctlOutputParser(String command) {
        this.command = command;
    }

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        EtcdctlCapture capture = new EtcdctlCapture(input, context, command);
        MixedReader reader = new MixedReader(input.content(), input.maxLineLength());
        LineUnwrapper envelopes = new LineUnwrapper();
        FieldsBlocks fields = new FieldsBlocks(capture);
        TableBlock table = new TableBlock();
        TranscriptLines transcript = new TranscriptLines();
        String shape = "";
        boolean any = false;
        boolean crashed = false;
        while (true) {
            if (!crashed && reader.jsonNext()) {
                rows(table, capture);
                fields.end();
                capture.endSection();
                table.reset();
                shape = "";
                any = true;
                crashed = !document(reader, capture);
                capture.endSection();
                continue;
            }
            String line = reader.nextLine();
            if (line == null) {
                break;
            }
            long n = reader.lineNumber();
            LineUnwrapper.Unwrapped u = envelopes.unwrap(line);
            String t = u.text().strip();
            if (t.isEmpty()) {
                fields.end();
                continue;
            }
            if (crashed) {
                continue;
            }
            // a shell prompt pasted above the output (the envelope layer's), or the journal's own note
            String next = u.isContent() ? shapeOf(t) : "prompt";
            TranscriptLines.Kind kind = next.equals("prompt") ? TranscriptLines.Kind.COMMAND
                    : next.equals("text") ? transcript.next(t) : TranscriptLines.Kind.OUTPUT;
            if (u.isPrompt()) {
                transcript.prompt(u.envelope().command());
                capture.command(u.envelope().command());
            } else if (kind == TranscriptLines.Kind.COMMAND) {
                capture.command(t);
            }
            if (kind != TranscriptLines.Kind.OUTPUT) {
                if (kind == TranscriptLines.Kind.COMMAND || kind == TranscriptLines.Kind.HEREDOC) {
                    // a new command, or the end of one's output: what was read so far is one capture
                    rows(table, capture);
                    fields.end();
                    capture.endSection();
                    table.reset();
                    shape = "";
                }
                continue;
            }
            any = true;
            if (!next.equals(shape) && !next.equals("stderr")) {
                rows(table, capture);
                fields.end();
                capture.endSection();
                if (!next.equals("table")) {
                    table.reset();
                }
                shape = next;
            }
            switch (next) {
                case "table" -> tableLine(t, line, n, table, capture);
                case "fields" -> {
                    Matcher m = FieldsBlocks.LINE.matcher(t);
                    if (m.matches()) {
                        fields.field(m.group(1), m.group(2), n, line);
                    }
                }
                case "stderr" -> crashed = stderr(t, n, capture);
                default -> textLine(line, t, n, capture);
            }
        }
        rows(table, capture);
        fields.end();
        capture.finish(any);
    }

    /** Reads one JSON document; false when the bytes are not text and the rest of the file is left unread. */
    private boolean document(MixedReader reader, EtcdctlCapture capture) throws IOException {
        long start = reader.nextLineNumber();
        RecentBytes raw = new RecentBytes(reader.jsonStream(), 1 << 18);
        JsonParser p = json.createParser(raw);
        try {
            new JsonDocuments(capture, raw).read(p, start);
        } catch (JsonProcessingException e) {
            // malformed, or past Jackson's own limits (nesting depth, number or name length: no location then)
            long at = e.getLocation() == null ? start : start + Math.max(1, e.getLocation().getLineNr()) - 1;
            capture.diagnostic(at, "malformed JSON (expected a complete etcdctl -w json document): " + JsonTrees.problem(e));
        } catch (java.io.CharConversionException e) {
            // Jackson guesses UTF-16/32 from zero bytes: this is binary, not etcdctl output
            capture.diagnostic(start, "bytes that are not UTF-8 text where a JSON document starts (expected etcdctl -w json"
                    + " output); the rest of the file is not read");
            return false;
        }
        reader.resume(p, start);
        p.close();
        return true;
    }

    private static String shapeOf(String t) {
        char c = t.charAt(0);
        if (c == '+' && t.startsWith("+-") || c == '|' || BORDER.matcher(t).matches()) {
            return "table";
        }
        if (c == '"' && FieldsBlocks.LINE.matcher(t).matches()) {
            return "fields";
        }
        if (t.startsWith("Error:") || t.startsWith("Failed to get the status") || t.startsWith("panic:")
                || t.startsWith("{\"level\"") || ERROR_DETAIL.matcher(t).lookingAt() || t.startsWith("cluster may be unhealthy:")) {
            return "stderr";
        }
        return "text";
    }

    private static void tableLine(String t, String raw, long n, TableBlock table, EtcdctlCapture capture) {
        if (t.startsWith("+") || t.startsWith("-")) {
            rows(table, capture);
            return;
        }
        boolean header = !table.hasHeader();
        table.add(t, raw, n);
        if (header && table.kind().isEmpty()) {
            capture.diagnostic(n, "table header " + TableBlock.cells(t) + " is none etcdctl prints (expected"
                    + " endpoint status, endpoint health or member list columns)");
        }
    }

    private static void rows(TableBlock table, EtcdctlCapture capture) {
        if (table.dropped() > 0) {
            capture.diagnostic(0, table.dropped() + " table rows beyond the first " + TableBlock.MAX_ROWS
                    + " are left out (expected a row per member)");
        }
        for (TableBlock.Row r : table.takeRows()) {
            row(r.cells(), r.line(), r.text(), table.kind(), capture);
        }
    }

    private static void row(Map<String, String> row, long n, String t, String kind, EtcdctlCapture capture) {
        if (row.containsKey("")) {
            capture.diagnostic(n, "table row: " + row.remove(""));
        }
        switch (kind) {
            case "endpoint status" -> {
                EtcdEndpointStatus s = StatusColumns.of(row, EtcdctlFormat.TABLE, capture.at(n), t);
                if (StatusColumns.usable(s)) {
                    capture.status(s);
                } else if (!row.getOrDefault("ERRORS", "").isEmpty() && !s.endpoint().isEmpty()) {
                    // etcdctl 3.6 prints an endpoint it could not reach as a row with only its error
                    capture.clientError(s.endpoint(), row.get("ERRORS"), n, t);
                } else {
                    capture.diagnostic(n, "status row without an endpoint, a DB SIZE like '128 MB' and a raft term");
                }
            }
            case "endpoint health" -> {
                String took = row.getOrDefault("TOOK", "");
                capture.health(new EtcdEndpointHealth(row.getOrDefault("ENDPOINT", ""), "",
                        "true".equals(row.get("HEALTH")), took, EtcdValues.millis(took), row.getOrDefault("ERROR", ""),
                        EtcdctlFormat.TABLE, capture.at(n), t));
            }
            case "member list" -> {
                String status = row.getOrDefault("STATUS", "started");
                String peers = row.getOrDefault("PEER ADDRS", "");
                String clients = row.getOrDefault("CLIENT ADDRS", "");
                capture.member(new EtcdMember(EtcdValues.hexId(row.getOrDefault("ID", ""), false),
                        !status.equals("unstarted"), row.getOrDefault("NAME", ""),
                        peers.isEmpty() ? java.util.List.of() : java.util.List.of(peers.split(",")),
                        clients.isEmpty() ? java.util.List.of() : java.util.List.of(clients.split(",")),
                        "true".equals(row.get("IS LEARNER")), capture.at(n), t), EtcdctlFormat.TABLE);
            }
            default -> {
                // the header was reported already
            }
        }
    }

    /** A stderr line; true when etcdctl crashed (the stack trace that follows is skipped). */
    private static boolean stderr(String t, long n, EtcdctlCapture capture) {
        Matcher m = FAILED_STATUS.matcher(t);
        if (m.matches()) {
            capture.clientError(m.group(1), m.group(2), n, t);
        } else if (t.startsWith("panic:")) {
            capture.clientError("", "etcdctl crashed: " + t.substring(6).strip(), n, t);
            return true;
        } else if (t.startsWith("Error:")) {
            capture.clientError(JsonDocuments.endpointIn(t), t.substring(6).strip(), n, t);
        } else if (ERROR_DETAIL.matcher(t).lookingAt()) {
            capture.clientError(JsonDocuments.endpointIn(t), t.substring(t.indexOf(':') + 1).strip(), n, t);
        } else {
            // a client log line that did not start a line of its own is read as text
            capture.clientError(JsonDocuments.endpointIn(t), t, n, t);
        }
        return false;
    }

    private static void textLine(String line, String t, long n, EtcdctlCapture capture) {
        if (SimpleLines.health(t, n, capture) || SimpleLines.status(t, n, capture) || SimpleLines.member(t, n, capture)
                || SimpleLines.alarm(t, n, capture) || SimpleLines.v2Health(t, n, capture) || SimpleLines.v2Member(t, n, capture)) {
            return;
        }
        if (t.charAt(0) == '/' && t.indexOf(' ') < 0) {
            capture.keys("keys").add(t, -1, -1, -1, capture.at(n), line);
            return;
        }
        Matcher m = NUMBER_KEY.matcher(t);
        if (m.matches()) {
            // the seed's loop prints each key's ModRevision before it
            capture.keys("number-key").add(m.group(2), -1, EtcdValues.number(m.group(1)), -1, capture.at(n), line);
            return;
        }
        if (CLIENT_ERROR_WORDS.matcher(t).find()) {
            // an etcd client's error in its own words: kept like etcdctl's stderr
            capture.clientError(JsonDocuments.endpointIn(t), t, n, line);
            return;
        }
        capture.diagnostic(n, "not etcdctl output (expected a table, \"Field\" : value lines, JSON, a simple status,"
                + " member, health or alarm line, or a key listing)");
    }
}
