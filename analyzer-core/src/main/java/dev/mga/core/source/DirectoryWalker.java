package dev.mga.core.source;

import dev.mga.core.spi.CaptureEntry;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks an extracted capture in a stable (sorted) order without following links: regular files
 * go to the reader, links and special files are recorded as skipped, unreadable folders become
 * diagnostics.
 */
final class DirectoryWalker {

    /** Reads one regular file of the tree. */
    interface FileReader {
        void read(Path file, String relativePath, long size);
    }

    private final String input;
    private final EntryVisitor visitor;
    private final FileReader reader;
    private final java.util.function.BiConsumer<String, String> unreadable;

    /** @param unreadable told (path, reason) of each folder or entry that cannot be read */
    DirectoryWalker(String input, EntryVisitor visitor, FileReader reader, java.util.function.BiConsumer<String, String> unreadable) {
        this.input = input;
        this.visitor = visitor;
        this.reader = reader;
        this.unreadable = unreadable;
    }

    void walk(Path root) {
        walk(root, "");
    }

    /**
     * Walks {@code dir}, whose path relative to the root is {@code relDir} ("" for the root): each
     * child's relative path is built from its parent's, not by Path.relativize per file (issue 13:
     * per-file cost on folders of thousands of small captures).
     */
    private void walk(Path dir, String relDir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            unreadable.accept(relDir, "cannot list directory: " + InputReader.describe(e));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            String rel = relDir.isEmpty() ? name(child) : relDir + "/" + name(child);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                unreadable.accept(rel, "cannot read attributes: " + InputReader.describe(e));
                continue;
            }
            if (attrs.isSymbolicLink()) {
                visitor.skipped(new CaptureEntry(input, rel, rel, -1, 0), "symbolic link to '" + target(child) + "', not followed");
            } else if (attrs.isDirectory()) {
                walk(child, rel);
            } else if (attrs.isRegularFile()) {
                reader.read(child, rel, attrs.size());
            } else {
                visitor.skipped(new CaptureEntry(input, rel, rel, -1, 0), "not a regular file (device, socket or pipe)");
            }
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?"; // the target is only informative
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString().replace('\\', '/');
    }
}
