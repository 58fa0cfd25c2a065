package dev.mga.core.memory;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.MemoryMapping;
import dev.mga.core.model.memory.ProcessMemoryMap;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import dev.mga.core.source.EntryNames;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code /proc/PID/smaps}, {@code smaps_rollup} and {@code grep -A3 … smaps} fragments: a
 * header line per mapping ({@code start-end perms offset dev inode [path]}), then its
 * {@code Key: N kB} fields, unit-less fields ({@code THPeligible}, {@code ProtectionKey}) and
 * {@code VmFlags}. Streams: a process with thousands of mappings keeps its totals, its hugetlb
 * mappings and its most resident mappings only.
 */
public final class SmapsParser implements ArtifactParser {

    /** Most resident non-hugetlb mappings kept per process. */
    public static final int KEPT_LARGEST = 32;
    /** Hugetlb mappings kept per process (DPDK maps hundreds of one-page files). */
    public static final int KEPT_HUGETLB = 256;
    /** Fields kept per mapping (the kernel prints about 25) and kinds of field totalled per process. */
    static final int MAX_FIELDS = 64;
    /** VmFlags kept per mapping (the kernel defines about 40). */
    static final int MAX_FLAGS = 64;

    static final Pattern HEADER = Pattern.compile(
            "^([0-9a-f]+)-([0-9a-f]+)\\s+([rwxsp-]{4})\\s+([0-9a-f]+)\\s+([0-9a-f]+:[0-9a-f]+)\\s+(\\d+)\\s*(.*)$");
    private static final Pattern PID_IN_PATH = Pattern.compile("(?:^|/)proc/(\\d+)/smaps");
    private static final Pattern PID_VARIABLE = Pattern.compile("^\\w+=(\\d+)$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String path = input.entry().detectName();
        String file = EntryNames.fileName(path);
        String source = file.equals("smaps_rollup") ? "smaps_rollup" : file.equals("smaps") ? "smaps" : "fragment";
        Process process = new Process(input.host(), pid(path, -1), source);
        long variablePid = -1;
        Mapping mapping = null;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            if (lines.isPrompt()) {
                process.add(mapping);
                mapping = null;
                process.flush(context);
                String command = lines.command();
                Matcher v = PID_VARIABLE.matcher(command);
                if (v.matches()) {
                    variablePid = Numbers.whole(v.group(1)); // $ PROC=27693, used by the next command
                }
                process = new Process(input.host(), pid(command, command.contains("${") ? variablePid : -1), "fragment");
                continue;
            }
            if (t.isEmpty() || t.equals("--")) {
                continue;
            }
            Matcher h = Character.digit(t.charAt(0), 16) >= 0 && t.indexOf('-') > 0 ? HEADER.matcher(t) : null;
            if (h != null && h.matches()) {
                process.add(mapping);
                mapping = Mapping.of(h, input.location(n), line);
                if (mapping != null && h.group(7).equals("[rollup]") && process.count == 0) {
                    process.source = "smaps_rollup"; // a pasted smaps_rollup: its one pseudo-mapping says so
                }
                if (mapping == null) {
                    context.diagnostic(n, "not a smaps mapping header (expected 'start-end perms offset dev inode [path]'"
                            + " with addresses of at most 16 hex digits, end above start, and a 64-bit inode)");
                }
                continue;
            }
            if (mapping == null) {
                context.diagnostic(n, "not a smaps mapping header (expected 'start-end perms offset dev inode [path]')");
                continue;
            }
            if (t.startsWith("VmFlags:")) {
                List<String> flags = Words.split(t.substring("VmFlags:".length()));
                mapping.vmFlags = flags.subList(0, Math.min(flags.size(), MAX_FLAGS));
                continue;
            }
            Tokens.KeyValue f = Tokens.keyValue(t);
            long bytes = f == null || f.unit().isEmpty() ? 0 : Units.kibToBytes(f.value());
            if (f == null || bytes < 0) {
                context.diagnostic(n, "not a smaps field (expected 'Key:  N kB' within 64 bits, 'Key:  N' or 'VmFlags: …')");
            } else if (!mapping.room(f.key())) {
                context.diagnostic(n, "more than " + MAX_FIELDS + " fields in one mapping (expected the kernel's few"
                        + " dozen); this one is left out");
            } else if (f.unit().isEmpty()) {
                mapping.counts.put(f.key(), f.value());
            } else {
                mapping.bytes.put(f.key(), bytes);
            }
        }
        process.add(mapping);
        process.flush(context);
    }

    private static long pid(String text, long otherwise) {
        Matcher m = PID_IN_PATH.matcher(text);
        return m.find() ? Numbers.whole(m.group(1)) : otherwise;
    }

    /** One mapping while its fields are read. */
    private static final class Mapping {
        final Matcher header;
        final long size;
        final long inode;
        final Location location;
        final String excerpt;
        final Map<String, Long> bytes = new LinkedHashMap<>();
        final Map<String, Long> counts = new LinkedHashMap<>();
        List<String> vmFlags = List.of();

        private Mapping(Matcher header, long size, long inode, Location location, String excerpt) {
            this.header = header;
            this.size = size;
            this.inode = inode;
            this.location = location;
            this.excerpt = excerpt;
        }

        /** The mapping a header starts, or null when its numbers are not the kernel's (too long, end below start). */
        static Mapping of(Matcher header, Location location, String excerpt) {
            Long start = Numbers.hex(header.group(1));
            Long end = Numbers.hex(header.group(2));
            long inode = Numbers.whole(header.group(6));
            if (start == null || end == null || Long.compareUnsigned(end, start) < 0 || inode < 0) {
                return null;
            }
            return new Mapping(header, end - start, inode, location, excerpt);
        }

        /** True when the field can be kept: already there, or fewer than {@link #MAX_FIELDS} so far. */
        boolean room(String key) {
            return bytes.containsKey(key) || counts.containsKey(key) || bytes.size() + counts.size() < MAX_FIELDS;
        }

        MemoryMapping build() {
            String path = header.group(7).strip();
            boolean deleted = path.endsWith(" (deleted)");
            if (deleted) {
                path = path.substring(0, path.length() - " (deleted)".length());
            }
            long pageSize = bytes.getOrDefault("KernelPageSize", 0L);
            boolean hugetlb = vmFlags.contains("ht") || bytes.getOrDefault("Private_Hugetlb", 0L) > 0
                    || bytes.getOrDefault("Shared_Hugetlb", 0L) > 0
                    || pageSize > 4096 && (path.equals("/anon_hugepage") || path.contains("huge"));
            return new MemoryMapping(header.group(1), header.group(2), size, header.group(3), header.group(4),
                    header.group(5), inode, path, deleted, bytes, counts, vmFlags, hugetlb, location, excerpt);
        }
    }

    /** One process's map while it is read: totals, hugetlb mappings, the most resident others. */
    private static final class Process {
        final String host;
        final long pid;
        String source;
        final Map<String, Long> totals = new LinkedHashMap<>();
        final List<MemoryMapping> hugetlb = new ArrayList<>();
        final PriorityQueue<MemoryMapping> largest = new PriorityQueue<>(
                Comparator.comparingLong(MemoryMapping::residentBytes));
        long hugetlbBytes;
        int count;
        Location first;

        Process(String host, long pid, String source) {
            this.host = host;
            this.pid = pid;
            this.source = source;
        }

        void add(Mapping m) {
            if (m == null) {
                return;
            }
            MemoryMapping mm = m.build();
            count++;
            first = first == null ? mm.location() : first;
            mm.bytes().forEach((k, v) -> {
                if (totals.containsKey(k) || totals.size() < 2 * MAX_FIELDS) {
                    totals.merge(k, v, Numbers::sum);
                }
            });
            if (mm.hugetlb()) {
                hugetlbBytes = Numbers.sum(hugetlbBytes, mm.hugetlbBytes());
                if (hugetlb.size() < KEPT_HUGETLB) {
                    hugetlb.add(mm);
                }
            } else {
                largest.add(mm);
                if (largest.size() > KEPT_LARGEST) {
                    largest.poll();
                }
            }
        }

        void flush(ParseContext context) {
            if (count == 0) {
                return;
            }
            List<MemoryMapping> top = new ArrayList<>(largest);
            top.sort(Comparator.comparingLong(MemoryMapping::residentBytes).reversed()
                    .thenComparingLong(mm -> mm.location().line()));
            context.emit(new ProcessMemoryMap(host, pid, source, count, totals, hugetlbBytes, hugetlb, top, first));
        }
    }
}
