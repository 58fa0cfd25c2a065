package dev.mga.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/** The single-stream compressions the reader opens, recognised by their magic bytes. */
enum Compression {
    GZIP(new int[] {0x1f, 0x8b}, ".gz", ".tgz"),
    XZ(new int[] {0xfd, '7', 'z', 'X', 'Z', 0x00}, ".xz", ".txz"),
    ZSTD(new int[] {0x28, 0xb5, 0x2f, 0xfd}, ".zst", ".tzst"),
    BZIP2(new int[] {'B', 'Z', 'h'}, ".bz2", ".tbz2");

    private final int[] magic;
    private final String suffix;
    private final String tarSuffix;

    Compression(int[] magic, String suffix, String tarSuffix) {
        this.magic = magic;
        this.suffix = suffix;
        this.tarSuffix = tarSuffix;
    }

    static Compression sniff(byte[] head, int len) {
        for (Compression c : values()) {
            if (c.matches(head, len)) {
                return c;
            }
        }
        return null;
    }

    private boolean matches(byte[] head, int len) {
        if (len < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        // "BZh" must be followed by a block size digit, or ordinary text starting with BZh would match
        return this != BZIP2 || (len > 3 && head[3] >= '1' && head[3] <= '9');
    }

    InputStream open(InputStream in) throws IOException {
        try {
            return switch (this) {
                // java.util.zip reads concatenated members too, and inflates with bigger strides
                case GZIP -> new GZIPInputStream(in, 1 << 16);
                case XZ -> new XZCompressorInputStream(in, true);
                case ZSTD -> new ZstdCompressorInputStream(in);
                case BZIP2 -> new BZip2CompressorInputStream(in, true);
            };
        } catch (LinkageError e) {
            // zstd-jni loads a native library; a platform without one gets a diagnostic, not a crash
            throw new IOException(name().toLowerCase(Locale.ROOT) + " decompression is not available here: " + e.getMessage());
        }
    }

    /** The name of the decompressed content: {@code a.log.gz} → {@code a.log}, {@code a.tgz} → {@code a.tar}. */
    String strip(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(tarSuffix)) {
            return name.substring(0, name.length() - tarSuffix.length()) + ".tar";
        }
        if (lower.endsWith(suffix)) {
            return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }
}
