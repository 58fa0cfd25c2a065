package dev.mga.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The floor mga is measured against: read a .gz file with {@link GZIPInputStream} and discard
 * the bytes. Prints the uncompressed byte count and the seconds taken.
 */
public final class GunzipBaseline {

    private GunzipBaseline() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
            }
        }
        System.out.printf("%d bytes in %.3f s%n", total, (System.nanoTime() - start) / 1e9);
    }
}
