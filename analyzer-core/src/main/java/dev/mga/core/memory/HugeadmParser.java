package dev.mga.core.memory;

import dev.mga.core.model.memory.HugeadmPool;
import dev.mga.core.model.memory.HugetlbfsMount;
import dev.mga.core.parse.Numbers;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses libhugetlbfs's {@code hugeadm --pool-list} ({@code Size Minimum Current Maximum Default}
 * rows) and {@code hugeadm --list-all-mounts} ({@code Mount Point / Options}), and
 * {@code mount | grep pagesize} lines ({@code none on /mnt type hugetlbfs (rw,pagesize=16M)}).
 */
public final class HugeadmParser implements ArtifactParser {

    static final Pattern POOL_HEADER = Pattern.compile("^Size\\s+Minimum\\s+Current\\s+Maximum\\s+Default$");
    static final Pattern MOUNT_HEADER = Pattern.compile("^Mount Point\\s+Options$");
    private static final Pattern POOL = Pattern.compile("^(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*(\\*)?$");
    static final Pattern MOUNT_LINE = Pattern.compile("^\\S+ on (\\S+) type hugetlbfs \\((.*)\\)$");
    private static final Pattern PAGESIZE = Pattern.compile("(?:^|,)pagesize=(\\d+)([KMGT]?)(?:,|$)");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String table = "";
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
                continue;
            }
            Matcher mount = MOUNT_LINE.matcher(t);
            Matcher pool = POOL.matcher(t);
            long[] counts = table.equals("pools") && pool.matches() ? counts(pool) : null;
            if (mount.matches()) {
                context.emit(new HugetlbfsMount(host, mount.group(1), mount.group(2), pageSize(mount.group(2)),
                        input.location(n), line));
            } else if (counts != null) {
                context.emit(new HugeadmPool(host, counts[0], counts[1], counts[2], counts[3], pool.group(5) != null,
                        input.location(n), line));
            } else if (table.equals("mounts") && t.split("\\s+").length == 2) {
                String[] f = t.split("\\s+");
                context.emit(new HugetlbfsMount(host, f[0], f[1], pageSize(f[1]), input.location(n), line));
            } else {
                context.diagnostic(n, "not a hugeadm line (expected a --pool-list row 'SIZE MIN CUR MAX [*]' of 64-bit"
                        + " numbers or a --list-all-mounts row 'MOUNTPOINT OPTIONS')");
            }
        }
    }

    /** The four numbers of a pool row, or null when one is beyond 64 bits. */
    private static long[] counts(Matcher pool) {
        long[] c = new long[4];
        for (int i = 0; i < 4; i++) {
            c[i] = Numbers.whole(pool.group(i + 1));
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
        long v = Numbers.whole(m.group(1));
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        return v < 0 || v > Long.MAX_VALUE >> shift ? -1 : v << shift;
    }
}
