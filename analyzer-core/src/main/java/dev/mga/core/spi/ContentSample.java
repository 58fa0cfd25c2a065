package dev.mga.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The first bytes of an entry, as detection sees them. */
public final class ContentSample {

    private final byte[] head;
    private final int length;
    private final boolean complete;
    private String text;

    /**
     * @param head     the bytes read
     * @param length   how many of them are valid
     * @param complete true when the entry ends within these bytes
     */
    public ContentSample(byte[] head, int length, boolean complete) {
        this.head = head;
        this.length = length;
        this.complete = complete;
    }

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

    /** The sample decoded as UTF-8 (invalid bytes replaced). */
    public String text() {
        if (text == null) {
            text = new String(head, 0, length, StandardCharsets.UTF_8);
        }
        return text;
    }

    /**
     * Up to {@code max} complete lines (a last line cut by the sample's end is left out unless the
     * entry ends there), without line terminators.
     */
    public List<String> lines(int max) {
        List<String> out = new ArrayList<>();
        String t = text();
        int start = 0;
        while (out.size() < max && start < t.length()) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) {
                if (complete) {
                    out.add(stripCr(t.substring(start)));
                }
                break;
            }
            out.add(stripCr(t.substring(start, nl)));
            start = nl + 1;
        }
        return out;
    }

    /** Up to {@code max} complete lines that are not blank. */
    public List<String> nonBlankLines(int max) {
        List<String> out = new ArrayList<>();
        for (String line : lines(Integer.MAX_VALUE)) {
            if (!line.isBlank()) {
                out.add(line);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
