package dev.mga.core.source;

import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Limits;
import dev.mga.core.model.ProgressListener;
import dev.mga.core.spi.CaptureEntry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Streams every file of one input to an {@link EntryVisitor}: a directory (walked without
 * following links), a plain file, or an archive — tar, zip, and gzip/xz/zstd/bzip2 around either
 * or around a single file — with archives inside archives opened recursively. Archives are read in
 * one forward pass, never extracted. Limits are enforced as the bytes flow; a limit or a broken
 * container ends that container with a diagnostic and reading goes on with the rest.
 *
 * <p>One instance reads one input; it is not thread-safe.
 */
public final class InputReader {

    private static final int HEAD = 8192;
    /** Enough for every signature sniffed at the head: a tar header is 512 bytes. */
    private static final int MIN_HEAD = 1024;
    private static final long PROGRESS_STEP = 1 << 20;
    /**
     * Stored size from which the outermost compressed layer is read ahead on another thread: a real
     * must-gather's .tar.xz is 3-4 MB and xz decodes slowly (about a third of the reading thread's
     * samples went to LZMA on must-gather-aws), so anything past a small paste is worth a thread.
     */
    private static final long READ_AHEAD_MIN = 1L << 20;

    private final Limits limits;
    private final ProgressListener progress;
    private final String input;
    private final EntryVisitor visitor;

    private final byte[] drainBuffer = new byte[1 << 16];
    private final ReadBudget budget;
    private final java.util.List<Gap> gaps = new java.util.ArrayList<>();
    private long gapCount;
    private final java.util.Set<String> gapReasons = new java.util.HashSet<>();
    private final java.util.Set<LimitExceededException> limitsSeen =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean anythingRead;

    public InputReader(String input, Limits limits, ProgressListener progress, EntryVisitor visitor) {
        this.input = input;
        this.limits = limits;
        this.progress = progress;
        this.visitor = visitor;
        this.budget = new ReadBudget(limits, (path, message) -> gap(path, message, true));
    }

    /** Gaps kept per input; the rest are counted. */
    static final int MAX_GAPS = 50;

    /**
     * What reading the input amounted to.
     *
     * @param gaps     what could not be read: an archive cut or corrupt, a limit hit, an entry or
     *                 folder that could not be read (at most {@value #MAX_GAPS})
     * @param gapCount how many gaps there were in all
     */
    public record Outcome(String kind, boolean readable, long entries, long bytes, java.util.List<Gap> gaps, long gapCount) {
        public Outcome {
            gaps = java.util.List.copyOf(gaps);
        }
    }

    /** A part of the input that was not read, and why. */
    public record Gap(String path, String reason) {
    }

    public Outcome read(Path path) {
        String kind;
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                kind = "directory";
                anythingRead = true;
                new DirectoryWalker(input, visitor, this::readDirectoryFile, (p, m) -> gap(p, m, true)).walk(path);
            } else if (attrs.isRegularFile()) {
                kind = readTopFile(path, attrs.size());
            } else {
                gap("", "not a regular file or directory", true);
                return outcome("file", false);
            }
        } catch (LimitExceededException e) {
            limitHit("", e);
            return outcome("file", anythingRead);
        } catch (IOException e) {
            gap("", "cannot read input: " + describe(e), true);
            return outcome("file", anythingRead);
        }
        return outcome(kind, anythingRead);
    }

    /**
     * A read buffer for an entry of {@code size} bytes (-1: unknown): its size when small, so that a
     * folder of thousands of small captures does not allocate and clear 64 KiB for each (issue 13),
     * at least the head that detection peeks at.
     */
    static int bufferFor(long size) {
        return size < 0 ? 1 << 16 : (int) Math.max(headFor(size) + 1, Math.min(1 << 16, size + 1));
    }

    /** The head to peek at: {@link #HEAD} bytes, fewer for an entry known to be smaller (at least a tar header). */
    static int headFor(long size) {
        return size < 0 ? HEAD : (int) Math.max(MIN_HEAD, Math.min(HEAD, size + 1));
    }

    private Outcome outcome(String kind, boolean readable) {
        return new Outcome(kind, readable, budget.entries(), budget.totalBytes(), gaps, gapCount);
    }

    /**
     * Reads an input that is not a file: a stream (an upload, a pipe, a file on a distributed file
     * system), named {@code name}, of {@code size} bytes or -1 when unknown. The stream is read as
     * a file named by the last segment of {@code name}, as {@link #read(Path)} reads a file, so
     * both give the same entry paths, detection and diagnostics. The stream is not closed.
     */
    public Outcome read(String name, InputStream stream, long size) {
        try {
            String kind = readTopStream(stream, lastSegment(name), size);
            return outcome(kind, anythingRead);
        } catch (LimitExceededException e) {
            limitHit("", e);
        } catch (IOException | RuntimeException e) {
            gap("", "cannot read input: " + describe(e), true);
        }
        return outcome("file", anythingRead);
    }

    private static String lastSegment(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? name : last;
    }

    private String readTopFile(Path path, long size) throws IOException {
        try (InputStream raw = Files.newInputStream(path)) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            return readTopStream(raw, name, size);
        }
    }

    private String readTopStream(InputStream raw, String name, long size) throws IOException {
        anythingRead = true;
        MeteredInputStream metered = new MeteredInputStream(raw) {
            private long next = PROGRESS_STEP;

            @Override
            protected void onBytes(long total) {
                if (total >= next) {
                    next = total + PROGRESS_STEP;
                    progress.progress(input, total, size);
                }
            }
        };
        BufferedInputStream in = new BufferedInputStream(metered, 1 << 16);
        boolean archive = readStream(in, name, name, "", 0, size, metered::count, false, false);
        progress.progress(input, Math.max(size, metered.count()), Math.max(size, metered.count()));
        if (!archive) {
            budget.countFile();
        }
        return archive ? "archive" : "file";
    }

    private void readDirectoryFile(Path file, String rel, long size) {
        if (!budget.admit(rel)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            InputStream guarded = budget.entry(raw);
            readStream(new BufferedInputStream(guarded, bufferFor(size)), rel, rel, rel + "!/", 0, size, null, true, false);
        } catch (LimitExceededException e) {
            limitHit(rel, e);
        } catch (IOException | RuntimeException e) {
            gap(rel, "cannot read file: " + describe(e), true);
        }
    }

    /**
     * A rotated container log the kubelet was compressing when the capture was taken: the kubelet
     * writes the {@code .gz} of a rotated log through a {@code .tmp} file and removes the
     * uncompressed log afterwards (docs/must-gather-layouts.md, rotated pod logs), so a {@code .tmp}
     * holds a gzip stream cut short while its log is still there uncompressed. oc adm inspect copies
     * every file of the rotated folder (pod.go:144).
     */
    private static final java.util.regex.Pattern ROTATION_IN_PROGRESS = java.util.regex.Pattern.compile(
            "(?:^|/)logs/rotated/[^/]+\\.tmp$|(?:^|/)var/log/pods/[^/]+/[^/]+/[^/]+\\.tmp$");

    /**
     * Reads one stream: a compressed layer, a container or a plain file. Returns true when it
     * was a container or compressed.
     *
     * @param path       the path shown for this stream
     * @param detectName the name detection should use
     * @param prefix     the prefix for entries of a container found here
     * @param stored     bytes consumed so far from the stored form of this stream, for the ratio
     *                   check; null when this stream is not counted yet
     * @param guarded    true when the stream already counts as an entry under the limits
     * @param drained    true when what the parser leaves of a plain file is read (and counted) anyway
     */
    private boolean readStream(BufferedInputStream in, String path, String detectName, String prefix, int depth,
                               long size, LongSupplier stored, boolean guarded, boolean drained) throws IOException {
        if (ROTATION_IN_PROGRESS.matcher(path).find()) {
            visitor.skipped(new CaptureEntry(input, path, detectName, size, depth),
                    "a rotated container log being compressed when captured (a .tmp file): the log is read uncompressed");
            return false;
        }
        byte[] head = new byte[headFor(size)];
        int len = Peek.head(in, head);

        Compression compression = Compression.sniff(head, len);
        if (compression != null) {
            if (!deepEnough(path, depth)) {
                return true;
            }
            MeteredInputStream counted = stored == null ? new MeteredInputStream(in) : null;
            LongSupplier consumed = counted != null ? counted::count : stored;
            InputStream source = counted != null ? counted : in;
            InputStream opened;
            try {
                opened = compression.open(source);
            } catch (IOException | RuntimeException e) {
                gap(path, "cannot open " + compression.name().toLowerCase() + " stream: " + describe(e), true);
                return true;
            }
            // the outermost layer of a big archive is inflated on a second core while this one parses
            InputStream decompressed = depth == 0 && size >= READ_AHEAD_MIN ? new ReadAheadInputStream(opened, path) : opened;
            BufferedInputStream inner = new BufferedInputStream(budget.ratio(decompressed, consumed), 1 << 16);
            try {
                readDecompressed(inner, path, compression.strip(detectName), prefix, depth + 1);
            } catch (LimitExceededException e) {
                limitHit(path, e);
            } catch (IOException | RuntimeException e) {
                gap(path, compression.name().toLowerCase() + " stream is truncated or corrupt: " + describe(e), true);
            } finally {
                if (decompressed != opened) {
                    decompressed.close();
                }
            }
            return true;
        }
        if (TarArchiveInputStream.matches(head, len)) {
            if (deepEnough(path, depth)) {
                readTar(in, path, prefix, depth + 1);
            }
            return true;
        }
        if (ZipArchiveInputStream.matches(head, len)) {
            if (deepEnough(path, depth)) {
                readZip(in, path, prefix, depth + 1);
            }
            return true;
        }
        InputStream content = guarded ? in : budget.entry(in);
        CaptureEntry entry = new CaptureEntry(input, path, detectName, size, depth);
        // reading a file whole must count no byte more than streaming it: an archive entry is drained
        // anyway, a small file of a folder was read whole by the buffer that peeked at its head (a
        // file given alone is counted as its parser reads it, and has no other entry to run beside)
        if (guarded && size >= 0 && size <= (drained ? Integer.MAX_VALUE - 8 : bufferFor(size) - 1)
                && size <= limits.maxEntryBytes()
                && budget.totalBytes() + size <= limits.maxTotalBytes()) {
            visitor.smallFile(entry, content);
        } else {
            visitor.file(entry, content);
        }
        return false;
    }

    /** After a compression layer: a tar or zip inside, or a single compressed file. */
    private void readDecompressed(BufferedInputStream in, String path, String innerName, String prefix, int depth)
            throws IOException {
        byte[] head = new byte[HEAD];
        int len = Peek.head(in, head);
        if (TarArchiveInputStream.matches(head, len)) {
            readTar(in, path, prefix, depth);
        } else if (ZipArchiveInputStream.matches(head, len)) {
            readZip(in, path, prefix, depth);
        } else {
            // a single compressed file: shown under its stored name, detected by its inner name
            InputStream guarded = budget.entry(in);
            visitor.file(new CaptureEntry(input, path, innerName, -1, depth), new BufferedInputStream(guarded, 1 << 16));
        }
    }

    private void readTar(InputStream in, String path, String prefix, int depth) {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        readContainer("tar", tar, path, prefix, depth, e -> {
            TarArchiveEntry t = (TarArchiveEntry) e;
            if (t.isSymbolicLink()) {
                return "symbolic link to '" + t.getLinkName() + "', not followed";
            }
            if (t.isLink()) {
                return "hard link to '" + t.getLinkName() + "', not followed";
            }
            if (!t.isFile()) {
                return "not a regular file (device, fifo or special entry)";
            }
            return tar.canReadEntryData(t) ? null : "entry data cannot be read (unsupported tar feature)";
        }, entryPath -> tar);
    }

    private void readZip(InputStream in, String path, String prefix, int depth) {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        readContainer("zip", zip, path, prefix, depth,
                e -> zip.canReadEntryData(e) ? null : "zip entry uses an unsupported compression or encryption",
                entryPath -> budget.ratio(zip, zip::getCompressedCount));
    }

    /**
     * The entries of one tar or zip: names normalised, links and unreadable entries recorded,
     * files read until a limit or the end.
     *
     * @param skipReason why an entry is not read, or null to read it
     * @param content    the stream of the current entry's data
     */
    private void readContainer(String kind, ArchiveInputStream<? extends ArchiveEntry> archive, String path,
                               String prefix, int depth, Function<ArchiveEntry, String> skipReason,
                               Function<String, InputStream> content) {
        long seen = 0;
        try {
            ArchiveEntry e;
            while ((e = archive.getNextEntry()) != null) {
                seen++;
                EntryNames.Normalised name = EntryNames.normalise(e.getName());
                String entryPath = prefix + name.path();
                reportNameIssues(entryPath, e.getName(), name);
                if (e.isDirectory()) {
                    continue;
                }
                String reason = skipReason.apply(e);
                if (reason != null) {
                    skip(new CaptureEntry(input, entryPath, entryPath, e.getSize(), depth), reason);
                    if (reason.startsWith("entry data cannot be read") || reason.startsWith("zip entry uses")) {
                        gap(entryPath, reason, false);
                    }
                } else if (!budget.admit(entryPath) || !readEntry(content.apply(entryPath), entryPath, depth, e.getSize())) {
                    return;
                }
            }
        } catch (LimitExceededException ex) {
            limitHit(path, ex);
        } catch (IOException | RuntimeException ex) {
            gap(path, kind + " archive is truncated or corrupt after " + seen + " entries: " + describe(ex), true);
        }
    }

    /**
     * Reads one entry of a container. A limit that ends only this entry is recorded and the
     * container goes on (true); one that ends the layer or the input stops it (false).
     */
    private boolean readEntry(InputStream content, String entryPath, int depth, long size) throws IOException {
        try {
            InputStream guarded = budget.entry(content);
            readStream(new BufferedInputStream(guarded, bufferFor(size)), entryPath, entryPath, entryPath + "!/", depth, size, null, true,
                    true);
            drain(guarded);
            return true;
        } catch (LimitExceededException e) {
            if (e.scope() != LimitExceededException.Scope.ENTRY) {
                throw e;
            }
            limitHit(entryPath, e);
            return true;
        }
    }

    /** Reads what the parsers left of an entry: counted like the rest, and faster than the archive's skip. */
    private void drain(InputStream in) throws IOException {
        while (in.read(drainBuffer, 0, drainBuffer.length) >= 0) {
            // discard
        }
    }

    private void limitHit(String path, LimitExceededException e) {
        if (limitsSeen.add(e)) {
            gap(path, e.getMessage(), !e.reported());
        }
        e.markReported();
    }

    /** Records what was not read; with a diagnostic unless one says so already. */
    private void gap(String path, String reason, boolean diagnose) {
        // one limit seen from two sides (the entry that crossed it, the next entry refused) is one gap
        if (gapReasons.size() >= 10_000 || gapReasons.add(reason)) {
            gapCount++;
            if (gaps.size() < MAX_GAPS) {
                gaps.add(new Gap(path, reason));
            }
        }
        if (diagnose) {
            diagnostic(path, 0, reason);
        }
    }

    private boolean deepEnough(String path, int depth) {
        if (depth + 1 > limits.maxNestingDepth()) {
            String reason = "archive nested deeper than " + limits.maxNestingDepth() + " levels (limit maxNestingDepth), not opened";
            skip(new CaptureEntry(input, path, path, -1, depth), reason);
            gap(path, reason, false);
            return false;
        }
        return true;
    }

    private void reportNameIssues(String path, String raw, EntryNames.Normalised name) {
        if (!name.issues().isEmpty()) {
            diagnostic(path, 0, "entry name '" + printable(raw) + "' " + String.join(", ", name.issues())
                    + "; read as '" + name.path() + "' (nothing is ever written to disk)");
        }
    }

    private void skip(CaptureEntry entry, String reason) {
        visitor.skipped(entry, reason);
    }

    private void diagnostic(String path, long line, String message) {
        visitor.diagnostic(new Diagnostic(input, path, line, message));
    }


    private static String printable(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length() && sb.length() < 200; i++) {
            char c = raw.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) {
            return type;
        }
        return e instanceof LimitExceededException ? msg : msg + " (" + type + ")";
    }
}
