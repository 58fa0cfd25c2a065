package dev.mga.core.vm;

import dev.mga.core.model.vm.PageTypeInfo;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /proc/pagetypeinfo}: {@code Page block order: 9}, {@code Pages per block: 512}, the free lists per migrate
 * type ({@code Node 0, zone DMA32, type Movable 43511 5 …}) and the {@code Number of blocks type} table.
 */
final class PageTypeInfoParser implements ArtifactParser {

    /** Rows kept: a large NUMA machine has a few hundred. */
    static final int MAX_ROWS = 4_096;

    private static final Pattern ORDER = Pattern.compile("^Page block order: *(\\d{1,3})");
    private static final Pattern PER_BLOCK = Pattern.compile("^Pages per block: *(\\d{1,20})");
    private static final Pattern FREE = Pattern.compile("^Node +(\\d{1,4}), zone +([A-Za-z0-9_]{1,16}), type +(\\S{1,32})((?: +\\d{1,20}){1,64}) *$");
    private static final Pattern BLOCKS_HEADER = Pattern.compile("^Number of blocks type((?: +\\S{1,32}){1,16}) *$");
    private static final Pattern BLOCKS = Pattern.compile("^Node (\\d{1,4}), zone +([A-Za-z0-9_]{1,16})((?: +\\d{1,20}){1,16}) *$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        int order = -1;
        long perBlock = -1;
        List<PageTypeInfo.MigrateTypeFree> free = new ArrayList<>();
        List<PageTypeInfo.ZoneBlocks> blocks = new ArrayList<>();
        String[] types = null;
        String first = null;
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank() || line.startsWith("Free pages count per migrate type")) {
                continue;
            }
            first = first == null ? line : first;
            Matcher m;
            if ((m = ORDER.matcher(line)).lookingAt()) {
                order = Integer.parseInt(m.group(1));
            } else if ((m = PER_BLOCK.matcher(line)).lookingAt()) {
                perBlock = Numbers.whole(m.group(1));
            } else if ((m = FREE.matcher(line)).matches()) {
                if (free.size() < MAX_ROWS) {
                    free.add(new PageTypeInfo.MigrateTypeFree(Integer.parseInt(m.group(1)), m.group(2), m.group(3),
                            BuddyInfoParser.numbers(m.group(4)), lines.lineNumber()));
                }
            } else if ((m = BLOCKS_HEADER.matcher(line)).matches()) {
                types = Words.split(m.group(1)).toArray(String[]::new);
            } else if (types != null && (m = BLOCKS.matcher(line)).matches()) {
                List<Long> counts = BuddyInfoParser.numbers(m.group(3));
                Map<String, Long> byType = new LinkedHashMap<>();
                for (int i = 0; i < types.length && i < counts.size(); i++) {
                    byType.put(types[i], counts.get(i));
                }
                if (blocks.size() < MAX_ROWS) {
                    blocks.add(new PageTypeInfo.ZoneBlocks(Integer.parseInt(m.group(1)), m.group(2), byType, lines.lineNumber()));
                }
            } else {
                context.diagnostic(lines.lineNumber(), "not a pagetypeinfo line (expected 'Page block order:', free lists"
                        + " per 'Node N, zone Z, type T', or the 'Number of blocks type' table)");
            }
        }
        if (order >= 0 || !free.isEmpty() || !blocks.isEmpty()) {
            context.emit(new PageTypeInfo(input.host(), order, perBlock, free, blocks, input.location(1), first));
        }
    }
}
