package dev.mga.core.parse;

import dev.mga.core.model.Location;
import dev.mga.core.source.CaptureEntry;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * One entry handed to a parser.
 *
 * @param entry         the entry and its place in the input
 * @param content       its bytes, positioned at the start; the parser must not close it
 * @param host          the node or host the path says this came from, or empty
 * @param options       user options, e.g. {@code slab.cache=kmalloc-32} when the path does not name the cache
 * @param maxLineLength longest line a parser should keep
 */
public record ParseInput(CaptureEntry entry, InputStream content, String host, Map<String, String> options,
                         int maxLineLength) {

    public ParseInput {
        host = host == null ? "" : host;
        options = Map.copyOf(options);
    }

    public LineReader lines() {
        return new LineReader(content, maxLineLength, entry.size());
    }

    public Location location(long line) {
        return entry.location(line);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
