package dev.mga.core.model;

import java.util.Objects;

/**
 * Where a parsed item came from: the input the user named, the entry path inside it
 * (nested archives joined with {@code !/}) and the 1-based line, or 0 for the whole entry.
 *
 * @param input the input as the user named it (file or folder)
 * @param path  the entry inside the input, nested archives joined with {@code !/}
 * @param line  the 1-based line, 0 for the whole entry
 */
public record Location(String input, String path, long line) {

    public Location {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(path, "path");
    }

    /** The same entry, another line. */
    public Location atLine(long newLine) {
        return new Location(input, path, newLine);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }
}
