package dev.mga.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mga.core.parse.EnvelopeGrammar;
import dev.mga.core.parse.EnvelopeLines;
import dev.mga.core.parse.LineUnwrapper;
import dev.mga.core.parse.Samples;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.Lines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The envelope layer on any bytes: every line comes out once, numbered in order, within the line
 * limit, its verbatim text a part of the captured line; the one-line unwrapper, the sample's lines
 * and the grammars' explanations never throw. {@code fuzz/run.sh EnvelopeFuzzTest#envelopeLines 600}
 * fuzzes for real; a normal build replays {@code EnvelopeFuzzTestInputs/envelopeLines/}.
 */
class EnvelopeFuzzTest {

    private static final int MAX_LINE = 4096;

    @FuzzTest(maxDuration = "30s")
    void envelopeLines(byte[] data) throws IOException {
        Lines lines = EnvelopeLines.open(new ByteArrayInputStream(data), MAX_LINE, data.length);
        long last = 0;
        long physical = 0;
        LineUnwrapper unwrapper = new LineUnwrapper();
        EnvelopeGrammar grammar = new EnvelopeGrammar();
        while (lines.advance()) {
            assertThat(lines.lineNumber()).isEqualTo(last + (physical == 0 ? 1 : physical));
            last = lines.lineNumber();
            physical = lines.physicalLines();
            assertThat(physical).isPositive();
            assertThat(lines.length()).isBetween(0, MAX_LINE);
            assertThat(lines.start() + lines.length()).isLessThanOrEqualTo(lines.bytes().length);
            String text = lines.string();
            String raw = lines.raw();
            if (lines.isVerbatim()) {
                assertThat(raw).contains(text);
                assertThat(lines.excerpt()).isEqualTo(text);
            } else {
                assertThat(lines.excerpt()).isEqualTo(raw);
            }
            assertThat(lines.isPrompt() || lines.envelope().note()).isEqualTo(!lines.isContent());
            assertThat(unwrapper.unwrap(raw).text()).isNotNull();
            if (raw.length() < 200) {
                assertThat(grammar.explain(raw)).isNotNull();
            }
        }
        ContentSample sample = Samples.of(data, data.length, true);
        assertThat(sample.lines(Integer.MAX_VALUE).size()).isLessThanOrEqualTo(sample.all().size());
        assertThat(sample.text()).isNotNull();
        assertThat(sample.envelopes()).isNotNull();
        assertThat(new String(data, StandardCharsets.UTF_8)).isNotNull();
    }
}
