package dev.mga.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The first bytes of an entry, as detection sees them. The analyzer's samples see through
 * envelopes ({@link Envelope}): {@link #text()}, {@link #lines(int)} and {@link #nonBlankLines(int)}
 * hold the text inside journald, RFC 3339, CRI, docker, {@code --prefix} and quoting wrappers, without
 * prompt lines and journal notes; {@link #rawText()} and {@link #rawLines(int)} are the bytes as
 * captured, {@link #prompts()} the commands typed and {@link #envelopes()} what was removed.
 */
public final class ContentSample {

    /**
     * One line of a sample.
     *
     * @param raw      the line as captured
     * @param text     the inner text (the raw line when it had no envelope)
     * @param envelope what was removed and what it carried
     * @param complete false for a last line the sample cut
     */
    public record Line(String raw, String text, LineEnvelope envelope, boolean complete) {
    }

    /**
     * Recognises the envelopes of a sample's lines. The analyzer's envelope layer is registered as a
     * service ({@code META-INF/services/dev.mga.core.spi.ContentSample$Unwrapper}) and used by default.
     */
    @FunctionalInterface
    public interface Unwrapper {
        /** The sample's lines, each with its envelope, in order; the last one incomplete when the bytes end mid-line. */
        List<Line> lines(byte[] head, int length);
    }

    private static final Unwrapper AS_CAPTURED = ContentSample::asCaptured;

    /** The registered unwrapper (the analyzer's), found once; lines are read as captured when there is none. */
    private static final class Registered {
        static final Unwrapper UNWRAPPER = ServiceLoader.load(Unwrapper.class, ContentSample.class.getClassLoader())
                .findFirst().orElse(AS_CAPTURED);
    }

    private final byte[] head;
    private final int length;
    private final boolean complete;
    private final Unwrapper unwrapper;
    private String raw;
    private String text;
    private List<Line> lines;
    /** {@link #reading} keys and values, in pairs. */
    private Object[] readings = new Object[8];

    /**
     * A sample seen through the registered envelope layer (see {@link Unwrapper}).
     *
     * @param head     the bytes read
     * @param length   how many of them are valid
     * @param complete true when the entry ends within these bytes
     */
    public ContentSample(byte[] head, int length, boolean complete) {
        this(head, length, complete, Registered.UNWRAPPER);
    }

    /** A sample whose lines {@code unwrapper} strips of their envelopes ({@link #asCaptured} for none). */
    public ContentSample(byte[] head, int length, boolean complete, Unwrapper unwrapper) {
        this.head = head;
        this.length = length;
        this.complete = complete;
        this.unwrapper = unwrapper;
    }

    /** A whole entry's text, seen through the registered envelope layer. */
    public static ContentSample of(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new ContentSample(b, b.length, true);
    }

    public int length() {
        return length;
    }

    /** True when a NUL byte or many control characters show this is not text. */
    public boolean isBinary() {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return length > 0 && control * 20 > length;
    }

    /** The sample decoded as UTF-8 (invalid bytes replaced), as captured. */
    public String rawText() {
        if (raw == null) {
            raw = new String(head, 0, length, StandardCharsets.UTF_8);
        }
        return raw;
    }

    /**
     * The sample's content: the inner text of every line that is content, joined with {@code \n}
     * (a cut last line included). Equal to {@link #rawText()} but for line ends when no line had an envelope.
     */
    public String text() {
        if (text == null) {
            if (all().stream().allMatch(l -> l.envelope().kinds().isEmpty())) {
                text = rawText();
            } else {
                StringBuilder b = new StringBuilder(length);
                for (Line l : all()) {
                    if (l.envelope().content()) {
                        b.append(l.text()).append('\n');
                    }
                }
                text = b.toString();
            }
        }
        return text;
    }

    /**
     * Up to {@code max} complete content lines (a last line cut by the sample's end is left out unless
     * the entry ends there), inner text, without line terminators, prompts or journal notes.
     */
    public List<String> lines(int max) {
        List<String> out = new ArrayList<>();
        for (Line l : all()) {
            if (out.size() == max || !l.complete() && !complete) {
                break;
            }
            if (l.envelope().content()) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** Up to {@code max} complete content lines that are not blank. */
    public List<String> nonBlankLines(int max) {
        // straight over the lines, stopping at max: every sniffer asks, for every unknown entry
        List<String> out = new ArrayList<>(Math.min(max, 16));
        if (max <= 0) {
            return out;
        }
        for (Line l : all()) {
            if (!l.complete() && !complete) {
                break;
            }
            if (l.envelope().content() && !l.text().isBlank()) {
                out.add(l.text());
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    /** Up to {@code max} complete lines as captured, prompts and envelopes included. */
    public List<String> rawLines(int max) {
        List<String> out = new ArrayList<>();
        for (Line l : all()) {
            if (out.size() == max || !l.complete() && !complete) {
                break;
            }
            out.add(l.raw());
        }
        return out;
    }

    /** The commands typed at the prompts of the sample, in order ("" for a bare prompt). */
    public List<String> prompts() {
        List<String> out = new ArrayList<>();
        for (Line l : all()) {
            if (l.envelope().prompt()) {
                out.add(l.envelope().command());
            }
        }
        return out;
    }

    /** Every envelope some line of the sample came in. */
    public Set<Envelope> envelopes() {
        Set<Envelope> out = EnumSet.noneOf(Envelope.class);
        for (Line l : all()) {
            out.addAll(l.envelope().kinds());
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * What {@code reading} makes of this sample, computed once: detection offers an unknown entry's
     * sample to every sniffer in turn, and the sniffers of one family often read it the same way
     * first (the objects' shape of a YAML file, etcdctl's output out of a transcript). The function
     * object is the key, so pass a constant (a {@code static final} field), not a new lambda per call.
     * Like the sample's other readings, not for use by several threads at once.
     */
    @SuppressWarnings("unchecked")
    public <T> T reading(Function<ContentSample, T> reading) {
        for (int i = 0; i < readings.length && readings[i] != null; i += 2) {
            if (readings[i] == reading) {
                return (T) readings[i + 1];
            }
        }
        T value = reading.apply(this);
        int free = 0;
        while (free < readings.length && readings[free] != null) {
            free += 2;
        }
        if (free == readings.length) {
            readings = Arrays.copyOf(readings, readings.length + 8);
        }
        readings[free] = reading;
        readings[free + 1] = value;
        return value;
    }

    /** Every line with its envelope; the last one is cut (not complete) only when the sample ends before the entry does. */
    public List<Line> all() {
        if (lines == null) {
            List<Line> read = new ArrayList<>(unwrapper.lines(head, length));
            int last = read.size() - 1;
            if (complete && last >= 0 && !read.get(last).complete()) {
                // the entry ends here without a final newline: its last line is whole, not cut by the sample
                Line l = read.get(last);
                read.set(last, new Line(l.raw(), l.text(), l.envelope(), true));
            }
            lines = List.copyOf(read);
        }
        return lines;
    }

    /** An unwrapper that recognises no envelope: every line as captured. */
    public static Unwrapper asCaptured() {
        return AS_CAPTURED;
    }

    private static List<Line> asCaptured(byte[] head, int length) {
        List<Line> out = new ArrayList<>();
        String t = new String(head, 0, length, StandardCharsets.UTF_8);
        int start = 0;
        while (start < t.length()) {
            int nl = t.indexOf('\n', start);
            String line = stripCr(t.substring(start, nl < 0 ? t.length() : nl));
            out.add(new Line(line, line, LineEnvelope.NONE, nl >= 0));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
