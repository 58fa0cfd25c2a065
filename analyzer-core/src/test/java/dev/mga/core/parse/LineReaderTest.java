package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    static List<String> lines(LineReader r) throws IOException {
        List<String> out = new ArrayList<>();
        String l;
        while ((l = r.next()) != null) {
            out.add(l);
        }
        return out;
    }

    static LineReader reader(String s, int max) {
        return new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void terminatorsAndNumbers() throws IOException {
        LineReader r = reader("a\r\nb\n\nlast", 100);
        assertThat(r.next()).isEqualTo("a");
        assertThat(r.lineNumber()).isEqualTo(1);
        assertThat(lines(r)).containsExactly("b", "", "last");
        assertThat(r.lineNumber()).isEqualTo(4);
        assertThat(lines(reader("", 100))).isEmpty();
        assertThat(lines(reader("\n", 100))).containsExactly("");
    }

    @Test
    void longLinesAreCutAndTheRestSkipped() throws IOException {
        LineReader r = reader("x".repeat(300_000) + "\nnext\n", 1000);
        assertThat(r.next()).hasSize(1000);
        assertThat(r.lastWasCut()).isTrue();
        assertThat(r.next()).isEqualTo("next");
        assertThat(r.lastWasCut()).isFalse();
        assertThat(r.lineNumber()).isEqualTo(2);
    }

    @Test
    void utf8AndInvalidBytes() throws IOException {
        byte[] b = {'o', 'k', ' ', (byte) 0xc3, (byte) 0xa9, '\n', (byte) 0xff, 'x', '\n'};
        LineReader r = new LineReader(new ByteArrayInputStream(b), 100);
        assertThat(r.next()).isEqualTo("ok é");
        assertThat(r.next()).isEqualTo("\ufffdx");
    }

    @Test
    void aSizeHintFarBelowTheContentOnlySizesTheBuffer() throws IOException {
        // an entry that declared 10 bytes (a lying tar header, a compressed size) but holds lines
        // longer than the 4 KiB buffer it gets
        String text = "a".repeat(10_000) + "\n" + "b".repeat(5000) + "\r\nc\n";
        LineReader r = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20, 10);
        assertThat(lines(r)).containsExactly("a".repeat(10_000), "b".repeat(5000), "c");
    }

    /** Whatever the chunking of the stream, the lines are those of String.split. */
    @Property(tries = 200)
    void chunkingDoesNotMatter(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 70) int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        List<String> expected = new ArrayList<>(List.of(text.split("\n", -1)));
        if (text.endsWith("\n") || text.isEmpty()) {
            expected.remove(expected.size() - 1);
        }
        assertThat(lines(new LineReader(trickle, 1 << 20))).isEqualTo(expected);
    }

    /** The eight-bytes-at-a-time search finds what a byte loop finds, at any offset and length. */
    @Property(tries = 1000)
    void newlineSearchMatchesAByteLoop(@ForAll("bytes") byte[] b, @ForAll @IntRange(min = 0, max = 40) int from,
                                       @ForAll @IntRange(min = 0, max = 40) int less) {
        int start = Math.min(from, b.length);
        int to = Math.max(start, b.length - less);
        int expected = -1;
        for (int i = start; i < to; i++) {
            if (b[i] == '\n') {
                expected = i;
                break;
            }
        }
        assertThat(LineReader.indexOfNewline(b, start, to)).isEqualTo(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<byte[]> bytes() {
        // bytes near '\n' (0x0a) are where a wrong mask fails: 0x09, 0x0b, 0x8a, 0x00, 0x80, 0xff;
        // some arrays have newlines often, some rarely (the first one far in, past several words)
        net.jqwik.api.Arbitrary<Byte> tricky = net.jqwik.api.Arbitraries.of((byte) 0x0a, (byte) 0x09, (byte) 0x0b, (byte) 0x8a,
                (byte) 0x00, (byte) 0x80, (byte) 0xff, (byte) 0x01, (byte) 'a');
        net.jqwik.api.Arbitrary<Byte> rare = net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, net.jqwik.api.Arbitraries.of((byte) 0x0b, (byte) 0x8a, (byte) 0x00, (byte) 0xff, (byte) 'a')),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.just((byte) 0x0a)));
        return net.jqwik.api.Arbitraries.oneOf(tricky.list().ofMaxSize(80), rare.list().ofMaxSize(80)).map(l -> {
            byte[] out = new byte[l.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = l.get(i);
            }
            return out;
        });
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> text() {
        return net.jqwik.api.Arbitraries.strings().withChars("ab \n\té").ofMaxLength(300);
    }
}
