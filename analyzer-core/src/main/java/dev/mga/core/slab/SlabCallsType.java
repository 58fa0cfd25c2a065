package dev.mga.core.slab;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** SLUB call-site listings: sysfs {@code alloc_calls}/{@code free_calls}, debugfs {@code alloc_traces}/{@code free_traces}. */
public final class SlabCallsType implements ArtifactType {

    /** A call-site line: count, a %pS location, then age= and pid= as the kernel always prints them. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*\\d+ (?:[A-Za-z_.$][\\w.$]*\\+0x\\p{XDigit}+/0x\\p{XDigit}+(?: \\[[^\\]]+\\])?|0x\\p{XDigit}+|<not-available>)"
                    + "(?: waste=\\d+/\\d+)? age=-?\\d+(?:/-?\\d+/-?\\d+)? pid=-?\\d+(?:--?\\d+)?.*$");

    private final SlabCallsParser parser = new SlabCallsParser();

    @Override
    public String id() {
        return "slab.calls";
    }

    @Override
    public String family() {
        return "slab";
    }

    @Override
    public String description() {
        return "SLUB call-site listing (sysfs alloc_calls/free_calls, debugfs alloc_traces/free_traces)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/sys/kernel/slab/*/{alloc,free}_calls", "**/debug/slab/*/{alloc,free}_traces",
                "**/slab/*/{alloc,free}_{calls,traces}", "**/{alloc,free}_{calls,traces}");
    }

    /**
     * Call-site lines (with their indented frames) among the first lines, after at most a few
     * shell-prompt lines ({@code $ cat …/alloc_calls | sort -n | tail}) pasted above them.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(20);
        int sites = 0;
        int prompts = 0;
        for (String l : lines) {
            if (LINE.matcher(l).matches()) {
                sites++;
            } else if (sites == 0 && prompts < 3 && (l.startsWith("$") || l.startsWith("#"))) {
                prompts++;
            } else if (!(sites > 0 && Character.isWhitespace(l.charAt(0)))) {
                return false;
            }
        }
        return sites > 0;
    }

    @Override
    public int sniffPriority() {
        return 10;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
