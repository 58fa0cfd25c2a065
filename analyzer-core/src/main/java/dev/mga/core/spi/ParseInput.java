package dev.mga.core.spi;

import dev.mga.core.model.Location;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry handed to a parser.
 *
 * @param entry         the entry and its place in the input
 * @param content       its bytes, positioned at the start; the parser must not close it
 * @param host          the node or host the path says this came from, or empty
 * @param options       user options, e.g. {@code slab.cache=kmalloc-32} when the path does not name the cache
 * @param maxLineLength longest line a parser should keep
 * @param opener        how {@link #lines()} reads the content (the analyzer's line reader)
 */
public record ParseInput(CaptureEntry entry, InputStream content, String host, Map<String, String> options,
                         int maxLineLength, LineOpener opener) {

    /** Opens the lines of a stream: the analyzer supplies its bounded line reader. */
    @FunctionalInterface
    public interface LineOpener {
        Lines open(InputStream content, int maxLineLength, long sizeHint);
    }

    public ParseInput {
        host = host == null ? "" : host;
        options = Map.copyOf(options);
        Objects.requireNonNull(opener, "opener");
    }

    /** The entry's lines, with a buffer sized to the entry. Call once: the lines consume the content. */
    public Lines lines() {
        return opener.open(content, maxLineLength, entry.size());
    }

    public Location location(long line) {
        return entry.location(line);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
