package dev.mga.core.spi;

import dev.mga.core.model.Location;

/**
 * One file of an input, as the reader hands it on.
 *
 * @param input      the input, as the user named it
 * @param path       the entry path shown in evidence; nested archives are joined with {@code !/}
 * @param detectName the name detection should look at: {@code path} without a compression
 *                   suffix when the reader decompressed a single file ({@code current.log.gz} → {@code current.log})
 * @param size       declared size in bytes, or -1 when the container does not say
 * @param depth      how many archive layers enclose it (0 for a file of a directory)
 */
public record CaptureEntry(String input, String path, String detectName, long size, int depth) {

    public Location location() {
        return new Location(input, path, 0);
    }

    public Location location(long line) {
        return new Location(input, path, line);
    }
}
