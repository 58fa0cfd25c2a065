package dev.mga.core.slab;

import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** How the slab family recognises its artifacts by content (see {@link SlabFamily}). */
final class SlabSniffers {

    /** A call-site line: count, a %pS location, then age= and pid= as the kernel always prints them. */
    private static final Pattern CALL_SITE = Pattern.compile(
            "^\\s*\\d+ (?:[A-Za-z_.$][\\w.$]*\\+0x\\p{XDigit}+/0x\\p{XDigit}+(?: \\[[^\\]]+\\])?|0x\\p{XDigit}+|<not-available>)"
                    + "(?: waste=\\d+/\\d+)? age=-?\\d+(?:/-?\\d+/-?\\d+)? pid=-?\\d+(?:--?\\d+)?.*$");

    private static final Pattern SLABTOP_HEADER = Pattern.compile("OBJS +ACTIVE +USE +OBJ SIZE +SLABS.*");

    private SlabSniffers() {
    }

    /**
     * Call-site lines (with their indented frames) among the first lines, after at most a few
     * shell-prompt lines ({@code $ cat …/alloc_calls | sort -n | tail}) pasted above them.
     */
    static boolean callSites(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(20);
        int sites = 0;
        int prompts = 0;
        for (String l : lines) {
            if (CALL_SITE.matcher(l).matches()) {
                sites++;
            } else if (sites == 0 && prompts < 3 && (l.startsWith("$") || l.startsWith("#"))) {
                prompts++;
            } else if (!(sites > 0 && Character.isWhitespace(l.charAt(0)))) {
                return false;
            }
        }
        return sites > 0;
    }

    /**
     * The version line among the first lines; or, for rows without it (a {@code grep} or
     * {@code sort | head} of the file), at least two 2.x rows ({@code … : tunables … : slabdata …})
     * among the first twelve lines (also when a mail client wrapped each after its tunables).
     */
    static boolean slabinfo(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(4);
        if (lines.stream().anyMatch(l -> l.startsWith("slabinfo - version:"))) {
            return true;
        }
        int rows = 0;
        List<String> first = sample.nonBlankLines(12);
        for (int i = 0; i < first.size(); i++) {
            String l = first.get(i);
            int tun = l.indexOf(" : tunables ");
            boolean whole = tun > 0 && l.indexOf(" : slabdata ", tun) > 0;
            // a row a mail client wrapped after its tunables: "  8 : slabdata …" on the next line
            boolean wrapped = !whole && i + 1 < first.size() && SlabInfoParser.wrappedHead(l)
                    && SlabInfoParser.wrappedTail(first.get(i + 1).strip());
            if ((whole || wrapped) && ++rows == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * slabtop's summary line or its column header among the first lines, or a paste that starts with
     * at least two of its cache rows and nothing else (rows cut out of a session, without the header).
     */
    static boolean slabtop(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(12);
        for (String l : lines) {
            String t = l.strip();
            if (t.startsWith("Active / Total Objects (% used)") || SLABTOP_HEADER.matcher(t).matches()) {
                return true;
            }
        }
        int rows = 0;
        for (String l : lines) {
            if (!SlabTopParser.isRow(l)) {
                break;
            }
            rows++;
        }
        return rows >= 2 && (rows == lines.size() || rows >= 4);
    }
}
