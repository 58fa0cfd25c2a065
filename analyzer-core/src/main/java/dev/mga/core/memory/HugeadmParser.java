package dev.mga.core.memory;

import dev.mga.core.model.memory.HugeadmPool;
import dev.mga.core.model.memory.HugetlbfsMount;
import dev.mga.core.parse.ColumnTable;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses libhugetlbfs's {@code hugeadm --pool-list} ({@code Size Minimum Current Maximum Default}
 * rows) and {@code hugeadm --list-all-mounts} ({@code Mount Point / Options}), and
 * {@code mount | grep pagesize} lines ({@code none on /mnt type hugetlbfs (rw,pagesize=16M)}).
 * Pool rows are cut at the header's positions (hugeadm right-aligns each number in a
 * {@code printf} width under its header word); a size wider than its column ({@code 17179869184}
 * under {@code %10ld}) pushes the row right, and the row is read by words.
 */
public final class HugeadmParser implements ArtifactParser {

    static final Pattern POOL_HEADER = Pattern.compile("^Size\\s+Minimum\\s+Current\\s+Maximum\\s+Default$");
    static final Pattern MOUNT_HEADER = Pattern.compile("^Mount Point\\s+Options$");
    private static final ColumnTable.Spec POOLS = ColumnTable.Spec.right();
    static final Pattern MOUNT_LINE = Pattern.compile("^\\S+ on (\\S+) type hugetlbfs \\((.*)\\)$");
    private static final Pattern PAGESIZE = Pattern.compile("(?:^|,)pagesize=(\\d+)([KMGT]?)(?:,|$)");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String table = "";
        ColumnTable pools = null;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null) {
                host = hostname;
                continue;
            }
            if (t.isEmpty() || !lines.isContent()) {
                table = "";
                continue;
            }
            if (POOL_HEADER.matcher(t).matches() || MOUNT_HEADER.matcher(t).matches()) {
                table = t.startsWith("Size") ? "pools" : "mounts";
                pools = table.equals("pools") ? POOLS.table(line, pools) : pools;
                continue;
            }
            Matcher mount = MOUNT_LINE.matcher(t);
            List<String> cells = table.equals("pools") ? pools.read(line).cells() : List.of();
            long[] counts = counts(cells);
            List<String> words = table.equals("mounts") ? Words.split(t) : List.of();
            if (mount.matches()) {
                context.emit(new HugetlbfsMount(host, mount.group(1), mount.group(2), pageSize(mount.group(2)),
                        input.location(n), line));
            } else if (counts != null) {
                context.emit(new HugeadmPool(host, counts[0], counts[1], counts[2], counts[3], cells.size() == 5,
                        input.location(n), line));
            } else if (words.size() == 2) {
                context.emit(new HugetlbfsMount(host, words.get(0), words.get(1), pageSize(words.get(1)),
                        input.location(n), line));
            } else {
                context.diagnostic(n, "not a hugeadm line (expected a --pool-list row 'SIZE MIN CUR MAX [*]' of 64-bit"
                        + " numbers or a --list-all-mounts row 'MOUNTPOINT OPTIONS')");
            }
        }
    }

    /**
     * The four numbers of a pool row ({@code SIZE MIN CUR MAX}, then {@code *} on the default
     * size), or null when the cells are not that or a number is beyond 64 bits.
     */
    private static long[] counts(List<String> cells) {
        if (cells.size() < 4 || cells.size() > 5 || cells.size() == 5 && !cells.get(4).equals("*")) {
            return null;
        }
        long[] c = new long[4];
        for (int i = 0; i < 4; i++) {
            c[i] = Numbers.whole(cells.get(i));
            if (c[i] < 0) {
                return null;
            }
        }
        return c;
    }

    /** {@code pagesize=16M} → bytes; a bare number is bytes ({@code mount -o pagesize=16777216}); -1 when absent or beyond 64 bits. */
    static long pageSize(String options) {
        Matcher m = PAGESIZE.matcher(options);
        if (!m.find()) {
            return -1;
        }
        return Units.pageSizeOption(m.group(1) + m.group(2));
    }
}
