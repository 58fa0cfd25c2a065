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
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The middle of the pipeline for one input: takes each entry from the reader, detects its type,
 * runs its parser into the input's model, and keeps the inventory (what was parsed, failed,
 * skipped or unknown) with every diagnostic. A parser that breaks costs only its own entry.
 *
 * <p>With a {@link ParsePool}, small entries handed over whole ({@link #fileBytes}) are parsed by
 * the pool's workers while the reader reads on (issue 13). Each entry's records, diagnostics and
 * counts are collected apart and merged in the order of the entries, so the model, inventory and
 * diagnostics are the same whatever the number of workers. Detection stays on the reader's thread,
 * so what it throws ends the container exactly as before. One instance per input; its methods are
 * called from the reader's thread only.
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
    private final ParsePool pool;
    private final String input;
    private final CaptureModel.Builder model;
    private final List<Artifact> artifacts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> unknownSample = new ArrayList<>();
    /** Entries handed to the workers, and whatever came after them, in entry order, not merged yet. */
    private final ArrayDeque<CompletableFuture<EntryResult>> pending = new ArrayDeque<>();
    /** The entry read under each detection name: a file and its compressed copy share one (reader's thread only). */
    private final Map<String, String> readAs = new HashMap<>();
    private long unknown;
    private long empty;

    /**
     * @param forced     parse every file as this type (the user said so), or null to detect
     * @param detectOnly recognise entries without parsing them
     */
    public ArtifactDispatcher(String input, ArtifactTypes types, Map<String, String> options, int maxLineLength,
                              ArtifactType forced, boolean detectOnly) {
        this(input, types, options, maxLineLength, forced, detectOnly, null);
    }

    /** @param pool the parser workers, or null to parse every entry on the reader's thread, in turn */
    public ArtifactDispatcher(String input, ArtifactTypes types, Map<String, String> options, int maxLineLength,
                              ArtifactType forced, boolean detectOnly, ParsePool pool) {
        this.types = types;
        this.options = Map.copyOf(options);
        this.maxLineLength = maxLineLength;
        this.forced = forced;
        this.detectOnly = detectOnly;
        this.pool = detectOnly ? null : pool;
        this.input = input;
        this.model = CaptureModel.builder(input);
    }

    @Override
    public void file(CaptureEntry entry, InputStream content) throws IOException {
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content, SAMPLE_BYTES * 2);
        EntryResult result = new EntryResult();
        Detection d = detect(entry, in, result);
        if (d == null) {
            done(CompletableFuture.completedFuture(result));
        } else {
            parseHere(entry, in, d, result);
        }
    }

    /**
     * A small entry: once detected, read whole and handed to a worker when the pool has room for
     * it (else parsed here, as {@link #file} does). Should its stream break while it is read, or
     * hold more than its size said, it is parsed here from what was read, followed by the same
     * error or the rest of the stream, as if it had been streamed.
     */
    @Override
    public void smallFile(CaptureEntry entry, InputStream content) throws IOException {
        if (pool == null || entry.size() > pool.wholeEntryBytes()) {
            file(entry, content);
            return;
        }
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content, SAMPLE_BYTES * 2);
        EntryResult result = new EntryResult();
        Detection d = detect(entry, in, result);
        if (d == null) {
            done(CompletableFuture.completedFuture(result));
            return;
        }
        int size = (int) entry.size();
        pool.hold(size);
        EntryBytes bytes = EntryBytes.read(in, size + 1L);
        if (bytes.failure() == null && bytes.length() <= size) {
            toWorker(entry, bytes, d, result, size);
            return;
        }
        pool.release(size);
        if (bytes.failure() == null) {
            // more bytes than the header said: what was read, then the rest of the stream
            parseHere(entry, new SequenceInputStream(bytes, in), d, result);
            return;
        }
        parseHere(entry, bytes, d, result);
        if (!bytes.thrown()) {
            // the parser stopped before the break: reading the rest of the entry would have met it
            if (bytes.failure() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) bytes.failure();
        }
    }

    private void parseHere(CaptureEntry entry, InputStream in, Detection d, EntryResult result) throws IOException {
        IOException broken = parse(entry, in, d, result);
        done(CompletableFuture.completedFuture(result));
        if (broken != null) {
            throw broken;
        }
    }

    private void toWorker(CaptureEntry entry, EntryBytes in, Detection d, EntryResult result, int size) {
        CompletableFuture<EntryResult> slot = new CompletableFuture<>();
        pending.add(slot);
        try {
            pool.execute(() -> {
                try {
                    // a byte array never breaks: parse() catches every exception of the parser
                    parse(entry, in, d, result);
                    slot.complete(result);
                } catch (Throwable t) {
                    slot.completeExceptionally(t);
                } finally {
                    pool.release(size);
                }
            });
        } catch (RuntimeException e) {
            // the pool is shut down: parse here
            pool.release(size);
            parse(entry, in, d, result);
            slot.complete(result);
        }
        merge();
    }

    /**
     * Merges every entry still with the workers, in order. Call once the reader is done; the
     * model, inventory and counts are complete after it. When the thread is interrupted while
     * waiting, the entries not parsed yet are left out with a diagnostic and the interrupt stays set.
     */
    public void finish() {
        while (!pending.isEmpty()) {
            CompletableFuture<EntryResult> head = pending.peek();
            try {
                head.get();
            } catch (InterruptedException e) {
                merge(); // what the workers finished still counts
                int left = pending.size();
                pending.clear();
                if (left > 0) {
                    diagnostics.add(new Diagnostic(input, "", 0, "analysis interrupted: " + left
                            + " entries read were not parsed"));
                }
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // handled by merge()
            }
            merge();
        }
    }

    /** Applies the finished entries at the head of the queue, in entry order. */
    private void merge() {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            apply(pending.poll());
        }
    }

    /** An entry's (or a reader event's) result: applied now when nothing is pending, else queued behind. */
    private void done(CompletableFuture<EntryResult> result) {
        if (pending.isEmpty()) {
            apply(result);
        } else {
            pending.add(result);
            merge();
        }
    }

    private void apply(CompletableFuture<EntryResult> done) {
        EntryResult r;
        try {
            r = done.join();
        } catch (java.util.concurrent.CompletionException e) {
            // an Error of a worker (out of memory ...): as it would have been on the reader's thread
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        for (Object o : r.records) {
            model.add(o);
        }
        artifacts.addAll(r.artifacts);
        diagnostics.addAll(r.diagnostics);
        if (r.unknownPath != null) {
            unknown++;
            if (unknownSample.size() < UNKNOWN_SAMPLE) {
                unknownSample.add(r.unknownPath);
            }
        }
        if (r.empty) {
            empty++;
        }
    }

    /** Peeks at the head and detects the type; null (recorded in {@code result}) when there is nothing to parse. */
    private Detection detect(CaptureEntry entry, InputStream in, EntryResult result) throws IOException {
        byte[] head = new byte[SAMPLE_BYTES + 1];
        int len = Peek.head(in, head);
        ContentSample sample = Samples.of(head, Math.min(len, SAMPLE_BYTES), len <= SAMPLE_BYTES);
        result.empty = len <= 0;

        Optional<Detection> detection = forced != null
                ? Optional.of(new Detection(forced, "option"))
                : types.detect(entry.detectName(), sample);
        if (detection.isEmpty()) {
            // an entry of no known kind is looked at again only when its first lines hold a command
            if (!sample.prompts().isEmpty() && sections(entry, in, null, result)) {
                return null;
            }
            result.unknownPath = entry.path();
            return null;
        }
        Detection d = detection.get();
        String first = readAs.putIfAbsent(entry.detectName(), entry.path());
        if (first != null && !first.equals(entry.path()) && (first.equals(entry.detectName())
                || entry.path().equals(entry.detectName()))) {
            // X and X.gz side by side (a kubelet log rotation caught while compressing, must-gather copying
            // both): the same content, read once
            skip(entry, "the same file as " + first + " (a file and its compressed copy are read once)", result);
            return null;
        }
        if (d.by().equals("content") && sections(entry, in, d, result)) {
            return null;
        }
        if (detectOnly) {
            result.artifacts.add(new Artifact(entry.input(), entry.path(), d.type().id(), d.by(), ArtifactStatus.PARSED, 0, List.of()));
            return null;
        }
        return d;
    }

    /** How a section was recognised: {@code content, lines 45-49}. */
    private static String by(PasteSections.Section part) {
        return part.detection().by() + ", lines " + part.firstLine() + "-" + part.lastLine();
    }

    private static String clip(String command) {
        String one = command.replace('\n', ' ').strip();
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }

    /**
     * A small entry detected by its content, or of no known kind, may be a paste holding several
     * kinds ({@link PasteSections}): when it is, each section is parsed as an artifact of its own,
     * with the file's line numbers, into {@code result}, and the entry is done (true). Otherwise the
     * entry is read as one kind (false); a stream that breaks is met again there, and reported.
     */
    private boolean sections(CaptureEntry entry, InputStream in, Detection whole, EntryResult result) throws IOException {
        if (forced != null || entry.size() > PasteSections.MAX_BYTES) {
            return false;
        }
        byte[] b = new byte[(int) (entry.size() >= 0 ? entry.size() + 1 : PasteSections.MAX_BYTES + 1)];
        int n = Peek.whole(in, b); // the stream is reset: read again as one kind unless split below
        List<PasteSections.Section> parts = n >= 0 && n < b.length ? PasteSections.split(b, n, types, whole, maxLineLength)
                : List.of();
        if (parts.isEmpty()) {
            return false;
        }
        for (PasteSections.Section part : parts) {
            EntryResult one = new EntryResult();
            if (part.detection() == null) {
                one.diagnostics.add(new Diagnostic(entry.input(), entry.path(), part.firstLine(), "lines " + part.firstLine()
                        + "-" + part.lastLine() + (part.command().isEmpty() ? "" : " (" + clip(part.command()) + ")")
                        + ": not a kind of output mga reads; not read"));
            } else if (detectOnly) {
                one.artifacts.add(new Artifact(entry.input(), entry.path(), part.detection().type().id(),
                        by(part), ArtifactStatus.PARSED, 0, List.of()));
            } else {
                long skip = part.firstLine() - 1;
                byte[] padded = new byte[(int) skip + part.to() - part.from()];
                Arrays.fill(padded, 0, (int) skip, (byte) '\n');
                System.arraycopy(b, part.from(), padded, (int) skip, part.to() - part.from());
                parse(entry, new java.io.ByteArrayInputStream(padded), part.detection(), one, (content, max, size) -> {
                    // the lines before the section are blank lines, so that every line keeps its number in the file
                    Lines lines = EnvelopeLines.open(content, max, padded.length);
                    try {
                        for (long i = 0; i < skip; i++) {
                            lines.advance();
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e); // a byte array does not fail
                    }
                    return lines;
                }, by(part));
            }
            result.records.addAll(one.records);
            result.artifacts.addAll(one.artifacts);
            result.diagnostics.addAll(one.diagnostics);
        }
        return true;
    }

    /** Parses one entry into {@code result}; returns the stream's own error, to be rethrown to the reader once recorded. */
    private IOException parse(CaptureEntry entry, InputStream in, Detection d, EntryResult result) {
        return parse(entry, in, d, result, EnvelopeLines::open, d.by());
    }

    private IOException parse(CaptureEntry entry, InputStream in, Detection d, EntryResult result,
                              ParseInput.LineOpener opener, String by) {
        EntryContext ctx = new EntryContext(entry, result);
        StreamWatch watched = new StreamWatch(in);
        ParseInput parseInput = new ParseInput(entry, watched, PathHints.host(entry.path()), options, maxLineLength, opener);
        IOException broken = null;
        try {
            d.type().parser().parse(parseInput, ctx);
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
        if (status == ArtifactStatus.FAILED && result.empty && broken == null) {
            // 0 bytes: nothing to read, which is no failure (an empty previous.log, a pod that logs nothing)
            status = ArtifactStatus.EMPTY;
            result.diagnostics.clear();
        } else if (status == ArtifactStatus.FAILED && ctx.nothingToRecord && broken == null) {
            status = ArtifactStatus.PARSED; // a well-formed capture with nothing in it (an empty list) is read, not failed
        } else if (status == ArtifactStatus.FAILED && result.diagnostics.isEmpty()) {
            ctx.diagnostic(0, "recognised as " + d.type().id() + " (" + d.type().description() + ") but nothing could be read from it");
        }
        ctx.flush();
        result.artifacts.add(new Artifact(entry.input(), entry.path(), d.type().id(), by, status, ctx.records, result.diagnostics));
        return broken;
    }

    /** What one entry or one reader event adds to the input's results, merged in entry order. */
    private static final class EntryResult {
        private final List<Object> records = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        /** One, or one per section of a pasted file holding several kinds ({@link PasteSections}). */
        private final List<Artifact> artifacts = new ArrayList<>(1);
        private String unknownPath;
        private boolean empty;
    }

    @Override
    public void skipped(CaptureEntry entry, String reason) {
        EntryResult r = new EntryResult();
        skip(entry, reason, r);
        done(CompletableFuture.completedFuture(r));
    }

    private static void skip(CaptureEntry entry, String reason, EntryResult result) {
        Diagnostic d = new Diagnostic(entry.input(), entry.path(), 0, reason);
        result.artifacts.add(new Artifact(entry.input(), entry.path(), "", "", ArtifactStatus.SKIPPED, 0, List.of(d)));
        result.diagnostics.add(d);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        EntryResult r = new EntryResult();
        r.diagnostics.add(diagnostic);
        done(CompletableFuture.completedFuture(r));
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
    private static final class EntryContext implements ParseContext {
        private final CaptureEntry entry;
        private final EntryResult result;
        private long records;
        private long dropped;
        private boolean nothingToRecord;

        EntryContext(CaptureEntry entry, EntryResult result) {
            this.entry = entry;
            this.result = result;
        }

        @Override
        public void emit(Object record) {
            result.records.add(record);
            records++;
        }

        @Override
        public void nothingToRecord() {
            nothingToRecord = true;
        }

        @Override
        public void diagnostic(long line, String message) {
            if (result.diagnostics.size() < MAX_DIAGNOSTICS_PER_ENTRY) {
                result.diagnostics.add(new Diagnostic(entry.input(), entry.path(), line, message));
            } else {
                dropped++;
            }
        }

        void flush() {
            if (dropped > 0) {
                result.diagnostics.add(new Diagnostic(entry.input(), entry.path(), 0,
                        dropped + " more problems in this entry are not listed"));
            }
        }
    }
}
