package dev.mga.core.source;

import dev.mga.core.Limits;
import dev.mga.core.ProgressListener;
import dev.mga.core.model.Diagnostic;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
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
    private static final long PROGRESS_STEP = 1 << 20;
    /** Stored size from which the outermost compressed layer is read ahead on another thread. */
    private static final long READ_AHEAD_MIN = 8L << 20;

    private final Limits limits;
    private final ProgressListener progress;
    private final String input;
    private final EntryVisitor visitor;

    private final byte[] drainBuffer = new byte[1 << 16];
    private long entries;
    private long totalBytes;
    private boolean entryLimitReported;
    private boolean totalLimitReported;
    private boolean anythingRead;

    public InputReader(String input, Limits limits, ProgressListener progress, EntryVisitor visitor) {
        this.input = input;
        this.limits = limits;
        this.progress = progress;
        this.visitor = visitor;
    }

    /** What reading the input amounted to. */
    public record Outcome(String kind, boolean readable, long entries, long bytes) {
    }

    public Outcome read(Path path) {
        String kind;
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                kind = "directory";
                anythingRead = true;
                walk(path, path);
            } else if (attrs.isRegularFile()) {
                kind = readTopFile(path, attrs.size());
            } else {
                diagnostic("", 0, "not a regular file or directory");
                return new Outcome("file", false, 0, 0);
            }
        } catch (LimitExceededException e) {
            limitHit("", e);
            return new Outcome("file", anythingRead, entries, totalBytes);
        } catch (IOException e) {
            diagnostic("", 0, "cannot read input: " + describe(e));
            return new Outcome("file", anythingRead, entries, totalBytes);
        }
        return new Outcome(kind, anythingRead, entries, totalBytes);
    }

    /**
     * Reads an input that is not a file: a stream (an upload, a pipe), named {@code name}, of
     * {@code size} bytes or -1 when unknown. The stream is not closed.
     */
    public Outcome read(String name, InputStream stream, long size) {
        try {
            String kind = readTopStream(stream, name, size);
            return new Outcome(kind, anythingRead, entries, totalBytes);
        } catch (LimitExceededException e) {
            limitHit("", e);
        } catch (IOException | RuntimeException e) {
            diagnostic("", 0, "cannot read input: " + describe(e));
        }
        return new Outcome("file", anythingRead, entries, totalBytes);
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
        boolean archive = readStream(in, name, name, "", 0, size, metered::count, false);
        progress.progress(input, Math.max(size, metered.count()), Math.max(size, metered.count()));
        if (!archive) {
            entries++;
        }
        return archive ? "archive" : "file";
    }

    private void walk(Path root, Path dir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            diagnostic(relative(root, dir), 0, "cannot list directory: " + describe(e));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            String rel = relative(root, child);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                diagnostic(rel, 0, "cannot read attributes: " + describe(e));
                continue;
            }
            if (attrs.isSymbolicLink()) {
                String target = "?";
                try {
                    target = Files.readSymbolicLink(child).toString();
                } catch (IOException | UnsupportedOperationException e) {
                    // the target is only informative
                }
                skip(new CaptureEntry(input, rel, rel, -1, 0), "symbolic link to '" + target + "', not followed");
            } else if (attrs.isDirectory()) {
                walk(root, child);
            } else if (attrs.isRegularFile()) {
                readDirectoryFile(child, rel, attrs.size());
            } else {
                skip(new CaptureEntry(input, rel, rel, -1, 0), "not a regular file (device, socket or pipe)");
            }
        }
    }

    private void readDirectoryFile(Path file, String rel, long size) {
        if (!countEntry(rel)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            InputStream guarded = guardEntry(raw, rel);
            readStream(new BufferedInputStream(guarded, 1 << 16), rel, rel, rel + "!/", 0, size, null, true);
        } catch (LimitExceededException e) {
            limitHit(rel, e);
        } catch (IOException | RuntimeException e) {
            diagnostic(rel, 0, "cannot read file: " + describe(e));
        }
    }

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
     */
    private boolean readStream(BufferedInputStream in, String path, String detectName, String prefix, int depth,
                               long size, LongSupplier stored, boolean guarded) throws IOException {
        byte[] head = new byte[HEAD];
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
                diagnostic(path, 0, "cannot open " + compression.name().toLowerCase() + " stream: " + describe(e));
                return true;
            }
            // the outermost layer of a big archive is inflated on a second core while this one parses
            InputStream decompressed = depth == 0 && size >= READ_AHEAD_MIN ? new ReadAheadInputStream(opened, path) : opened;
            BufferedInputStream inner = new BufferedInputStream(new RatioGuard(decompressed, consumed, path), 1 << 16);
            try {
                readDecompressed(inner, path, compression.strip(detectName), prefix, depth + 1);
            } catch (LimitExceededException e) {
                limitHit(path, e);
            } catch (IOException | RuntimeException e) {
                diagnostic(path, 0, compression.name().toLowerCase() + " stream is truncated or corrupt: " + describe(e));
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
        InputStream content = guarded ? in : guardEntry(in, path);
        visitor.file(new CaptureEntry(input, path, detectName, size, depth), content);
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
            InputStream guarded = guardEntry(in, path);
            visitor.file(new CaptureEntry(input, path, innerName, -1, depth), new BufferedInputStream(guarded, 1 << 16));
        }
    }

    private void readTar(InputStream in, String path, String prefix, int depth) {
        long seen = 0;
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(in);
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                seen++;
                EntryNames.Normalised name = EntryNames.normalise(e.getName());
                String entryPath = prefix + name.path();
                reportNameIssues(entryPath, e.getName(), name);
                if (e.isDirectory()) {
                    continue;
                }
                CaptureEntry entry = new CaptureEntry(input, entryPath, entryPath, e.getSize(), depth);
                if (e.isSymbolicLink()) {
                    skip(entry, "symbolic link to '" + e.getLinkName() + "', not followed");
                } else if (e.isLink()) {
                    skip(entry, "hard link to '" + e.getLinkName() + "', not followed");
                } else if (!e.isFile()) {
                    skip(entry, "not a regular file (device, fifo or special entry)");
                } else if (!tar.canReadEntryData(e)) {
                    skip(entry, "entry data cannot be read (unsupported tar feature)");
                } else if (!countEntry(entryPath)) {
                    return;
                } else if (!readEntry(tar, entryPath, depth, e.getSize())) {
                    return;
                }
            }
        } catch (LimitExceededException ex) {
            limitHit(path, ex);
        } catch (IOException | RuntimeException ex) {
            diagnostic(path, 0, "tar archive is truncated or corrupt after " + seen + " entries: " + describe(ex));
        }
    }

    private void readZip(InputStream in, String path, String prefix, int depth) {
        long seen = 0;
        try {
            ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
            ZipArchiveEntry e;
            while ((e = zip.getNextEntry()) != null) {
                seen++;
                EntryNames.Normalised name = EntryNames.normalise(e.getName());
                String entryPath = prefix + name.path();
                reportNameIssues(entryPath, e.getName(), name);
                if (e.isDirectory()) {
                    continue;
                }
                CaptureEntry entry = new CaptureEntry(input, entryPath, entryPath, e.getSize(), depth);
                if (!zip.canReadEntryData(e)) {
                    skip(entry, "zip entry uses an unsupported compression or encryption");
                } else if (!countEntry(entryPath)) {
                    return;
                } else if (!readEntry(new RatioGuard(zip, zip::getCompressedCount, entryPath), entryPath, depth, e.getSize())) {
                    return;
                }
            }
        } catch (LimitExceededException ex) {
            limitHit(path, ex);
        } catch (IOException | RuntimeException ex) {
            diagnostic(path, 0, "zip archive is truncated or corrupt after " + seen + " entries: " + describe(ex));
        }
    }

    /**
     * Reads one entry of a container. A limit that ends only this entry is recorded and the
     * container goes on (true); one that ends the layer or the input stops it (false).
     */
    private boolean readEntry(InputStream content, String entryPath, int depth, long size) throws IOException {
        try {
            InputStream guarded = guardEntry(content, entryPath);
            readStream(new BufferedInputStream(guarded, 1 << 16), entryPath, entryPath, entryPath + "!/", depth, size, null, true);
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
        if (!e.reported()) {
            e.markReported();
            diagnostic(path, 0, e.getMessage());
        }
    }

    private boolean deepEnough(String path, int depth) {
        if (depth + 1 > limits.maxNestingDepth()) {
            skip(new CaptureEntry(input, path, path, -1, depth),
                    "archive nested deeper than " + limits.maxNestingDepth() + " levels (limit maxNestingDepth), not opened");
            return false;
        }
        return true;
    }

    private boolean countEntry(String path) {
        if (entries >= limits.maxEntries()) {
            if (!entryLimitReported) {
                entryLimitReported = true;
                diagnostic(path, 0, "more than " + limits.maxEntries() + " entries (limit maxEntries): the rest of the input is not read");
            }
            return false;
        }
        if (totalBytes >= limits.maxTotalBytes()) {
            if (!totalLimitReported) {
                totalLimitReported = true;
                diagnostic(path, 0, "more than " + limits.maxTotalBytes() + " bytes read (limit maxTotalBytes): the rest of the input is not read");
            }
            return false;
        }
        entries++;
        return true;
    }

    /** Limits one entry's bytes and counts them into the input's total. */
    private InputStream guardEntry(InputStream in, String path) {
        return new MeteredInputStream(in) {
            private long last;

            @Override
            protected void onBytes(long total) throws IOException {
                totalBytes += total - last;
                last = total;
                if (total > limits.maxEntryBytes()) {
                    throw new LimitExceededException(LimitExceededException.Scope.ENTRY, "entry is larger than " + limits.maxEntryBytes()
                            + " bytes (limit maxEntryBytes): the rest of it is not read");
                }
                if (totalBytes > limits.maxTotalBytes()) {
                    throw new LimitExceededException(LimitExceededException.Scope.INPUT, "more than " + limits.maxTotalBytes()
                            + " bytes read (limit maxTotalBytes): the rest of the input is not read");
                }
            }
        };
    }

    /** Stops a decompressed stream that grows far beyond what it was made from. */
    private final class RatioGuard extends MeteredInputStream {
        private final LongSupplier stored;
        private final String path;
        private LimitExceededException tripped;

        RatioGuard(InputStream in, LongSupplier stored, String path) {
            super(in);
            this.stored = stored;
            this.path = path;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (tripped != null) {
                throw tripped; // once a bomb, always a bomb: the container must not read on
            }
            return super.read(b, off, len);
        }

        @Override
        protected void onBytes(long produced) throws IOException {
            if (produced < limits.ratioGraceBytes()) {
                return;
            }
            long consumed = Math.max(1, stored.getAsLong());
            if (produced > limits.maxCompressionRatio() * consumed) {
                tripped = new LimitExceededException(LimitExceededException.Scope.LAYER, "expands more than " + (long) limits.maxCompressionRatio()
                        + " times (limit maxCompressionRatio; " + produced + " bytes from " + consumed + "): looks like an archive bomb, the rest is not read");
                throw tripped;
            }
        }
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

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
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
