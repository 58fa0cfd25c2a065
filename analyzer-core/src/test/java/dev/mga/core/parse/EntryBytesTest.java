package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An entry read whole in chunks gives back its bytes exactly, whatever the read sizes, and then its stream's error. */
class EntryBytesTest {

    private static final int CHUNK = 1 << 12;

    @Test
    void givesBackTheBytesAcrossChunkBoundaries() throws IOException {
        Random random = new Random(13);
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            EntryBytes bytes = EntryBytes.read(new TrickleStream(data, random), size + 1L, CHUNK);
            assertThat(bytes.length()).isEqualTo(size);
            assertThat(bytes.failure()).isNull();
            bytes.mark(0);
            assertThat(readAll(bytes, random)).as("size " + size).isEqualTo(data);
            bytes.reset();
            assertThat(bytes.readAllBytes()).isEqualTo(data);
            assertThat(bytes.read()).isEqualTo(-1);
        }
    }

    @Test
    void theStreamsErrorComesAfterTheBytesReadBeforeIt() throws IOException {
        byte[] data = new byte[CHUNK + 100];
        InputStream breaking = new java.io.SequenceInputStream(new ByteArrayInputStream(data), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Unexpected end of ZLIB input stream");
            }
        });
        EntryBytes bytes = EntryBytes.read(breaking, data.length + 10L, CHUNK);
        assertThat(bytes.length()).isEqualTo(data.length);
        assertThat(bytes.failure()).hasMessage("Unexpected end of ZLIB input stream");
        bytes.mark(0);
        assertThat(bytes.readNBytes(data.length)).isEqualTo(data);
        assertThatThrownBy(bytes::read).hasMessage("Unexpected end of ZLIB input stream");
        assertThat(bytes.thrown()).isTrue();
        bytes.reset();
        assertThat(bytes.thrown()).isFalse();
    }

    private static byte[] readAll(InputStream in, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK * 2];
        while (true) {
            if (random.nextInt(4) == 0) {
                int b = in.read();
                if (b < 0) {
                    return out.toByteArray();
                }
                out.write(b);
                continue;
            }
            int n = in.read(buf, 0, 1 + random.nextInt(buf.length - 1));
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buf, 0, n);
        }
    }

    /** Returns fewer bytes than asked, as a decompressing stream does. */
    private static final class TrickleStream extends ByteArrayInputStream {
        private final Random random;

        TrickleStream(byte[] data, Random random) {
            super(data);
            this.random = random;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.max(1, Math.min(len, random.nextInt(9000))));
        }
    }
}
