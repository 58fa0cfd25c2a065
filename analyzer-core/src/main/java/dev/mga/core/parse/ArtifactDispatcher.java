package dev.mga.core.parse;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.detect.Detection;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.source.EntryVisitor;
import dev.mga.core.source.LimitExceededException;
import dev.mga.core.source.Peek;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The middle of the pipeline for one input: takes each entry from the reader, detects its type,
 * runs its parser into the input's model, and keeps the inventory (what was parsed, failed,
 * skipped or unknown) with every diagnostic. A parser that breaks costs only its own entry.
 * One instance per input; not thread-safe.
 */
public final class ArtifactDispatcher implements EntryVisitor {

    static final int SAMPLE_BYTES = 8192;
    static final int MAX_DIAGNOSTICS_PER_ENTRY = 20;
    static final int UNKNOWN_SAMPLE = 25;

    private final ArtifactTypes types;
    private final Map<String, String> options;
    private final int maxLineLength;
    private final ArtifactType forced;
    private final boolean detectOnly;
    private final CaptureModel.Builder model;
    private final List<Artifact> artifacts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> unknownSample = new ArrayList<>();
    /** The entry read under each detection name: a file and its compressed copy share one. */
    private final Map<String, String> readAs = new HashMap<>();
    private long unknown;
    private long empty;

    /**
     * @param forced     parse every file as this type (the user said so), or null to detect
     * @param detectOnly recognise entries without parsing them
     */
    public ArtifactDispatcher(String input, ArtifactTypes types, Map<String, String> options, int maxLineLength,
                              ArtifactType forced, boolean detectOnly) {
        this.types = types;
        this.options = Map.copyOf(options);
        this.maxLineLength = maxLineLength;
        this.forced = forced;
        this.detectOnly = detectOnly;
        this.model = CaptureModel.builder(input);
    }

    @Override
    public void file(CaptureEntry entry, InputStream content) throws IOException {
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content, SAMPLE_BYTES * 2);
        byte[] head = new byte[SAMPLE_BYTES + 1];
        int len = Peek.head(in, head);
        ContentSample sample = Samples.of(head, Math.min(len, SAMPLE_BYTES), len <= SAMPLE_BYTES);
        if (len <= 0) {
            empty++;
        }

        Optional<Detection> detection = forced != null
                ? Optional.of(new Detection(forced, "option"))
                : types.detect(entry.detectName(), sample);
        if (detection.isEmpty()) {
            unknown++;
            if (unknownSample.size() < UNKNOWN_SAMPLE) {
                unknownSample.add(entry.path());
            }
            return;
        }
        Detection d = detection.get();
        String first = readAs.putIfAbsent(entry.detectName(), entry.path());
        if (first != null && !first.equals(entry.path()) && (first.equals(entry.detectName())
                || entry.path().equals(entry.detectName()))) {
            // X and X.gz side by side (a kubelet log rotation caught while compressing, must-gather copying
            // both): the same content, read once
            skipped(entry, "the same file as " + first + " (a file and its compressed copy are read once)");
            return;
        }
        if (detectOnly) {
            artifacts.add(new Artifact(entry.input(), entry.path(), d.type().id(), d.by(), ArtifactStatus.PARSED, 0, List.of()));
            return;
        }
        parse(entry, in, d, len <= 0);
    }

    private void parse(CaptureEntry entry, InputStream in, Detection d, boolean emptyEntry) throws IOException {
        EntryContext ctx = new EntryContext(entry);
        StreamWatch watched = new StreamWatch(in);
        ParseInput input = new ParseInput(entry, watched, PathHints.host(entry.path()), options, maxLineLength, EnvelopeLines::open);
        IOException broken = null;
        try {
            d.type().parser().parse(input, ctx);
        } catch (LimitExceededException e) {
            broken = e;
            if (!e.reported()) {
                e.markReported();
                ctx.diagnostic(0, "reading stopped: " + message(e));
            }
        } catch (IOException e) {
            if (watched.failed()) {
                broken = e;
                ctx.diagnostic(0, "reading stopped: " + message(e));
            } else {
                // thrown by the parser itself (a JSON library meeting binary bytes), not by the
                // stream: a parser bug that costs this entry only, the container is fine
                parserFailed(ctx, d, e);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must cost only this entry, and never show a stack trace to the user
            parserFailed(ctx, d, e);
        }
        ArtifactStatus status = ctx.records > 0 ? ArtifactStatus.PARSED : ArtifactStatus.FAILED;
        if (status == ArtifactStatus.FAILED && emptyEntry && broken == null) {
            // 0 bytes: nothing to read, which is no failure (an empty previous.log, a pod that logs nothing)
            status = ArtifactStatus.EMPTY;
            diagnostics.removeAll(ctx.diagnostics);
            ctx.diagnostics.clear();
        } else if (status == ArtifactStatus.FAILED && ctx.diagnostics.isEmpty()) {
            ctx.diagnostic(0, "recognised as " + d.type().id() + " (" + d.type().description() + ") but nothing could be read from it");
        }
        ctx.flush();
        artifacts.add(new Artifact(entry.input(), entry.path(), d.type().id(), d.by(), status, ctx.records, ctx.diagnostics));
        if (broken != null) {
            throw broken;
        }
    }

    @Override
    public void skipped(CaptureEntry entry, String reason) {
        Diagnostic d = new Diagnostic(entry.input(), entry.path(), 0, reason);
        artifacts.add(new Artifact(entry.input(), entry.path(), "", "", ArtifactStatus.SKIPPED, 0, List.of(d)));
        diagnostics.add(d);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public CaptureModel model() {
        return model.build();
    }

    public List<Artifact> artifacts() {
        return List.copyOf(artifacts);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public long unknownCount() {
        return unknown;
    }

    /** Entries of 0 bytes, whatever became of them (a must-gather holds hundreds of empty previous.log files). */
    public long emptyCount() {
        return empty;
    }

    public List<String> unknownSample() {
        return List.copyOf(unknownSample);
    }

    private static void parserFailed(EntryContext ctx, Detection d, Throwable e) {
        ctx.diagnostic(0, "the " + d.type().id() + " parser failed on this entry (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the rest of the input is analysed");
    }

    /** Remembers whether the entry's stream itself failed, to tell a broken container from a parser bug. */
    private static final class StreamWatch extends java.io.FilterInputStream {
        private boolean failed;

        StreamWatch(InputStream in) {
            super(in);
        }

        boolean failed() {
            return failed;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() {
            // the container owns the stream; a parser closing it must not end the archive
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Collects one entry's records and diagnostics, capping the latter. */
    private final class EntryContext implements ParseContext {
        private final CaptureEntry entry;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private long records;
        private long dropped;

        EntryContext(CaptureEntry entry) {
            this.entry = entry;
        }

        @Override
        public void emit(Object record) {
            model.add(record);
            records++;
        }

        @Override
        public void diagnostic(long line, String message) {
            if (diagnostics.size() < MAX_DIAGNOSTICS_PER_ENTRY) {
                Diagnostic d = new Diagnostic(entry.input(), entry.path(), line, message);
                diagnostics.add(d);
                ArtifactDispatcher.this.diagnostics.add(d);
            } else {
                dropped++;
            }
        }

        void flush() {
            if (dropped > 0) {
                Diagnostic d = new Diagnostic(entry.input(), entry.path(), 0,
                        dropped + " more problems in this entry are not listed");
                diagnostics.add(d);
                ArtifactDispatcher.this.diagnostics.add(d);
            }
        }
    }
}
