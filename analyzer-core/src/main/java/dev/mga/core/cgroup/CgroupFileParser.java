package dev.mga.core.cgroup;

import dev.mga.core.model.Location;
import dev.mga.core.model.cgroup.CgroupCounter;
import dev.mga.core.model.cgroup.CgroupMemoryFile;
import dev.mga.core.parse.Numbers;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory controller file of a cgroup, v1 or v2, as copied from {@code /sys/fs/cgroup} (its path names the cgroup
 * and the file), or a {@code grep -H . …/memory.*} listing of several ({@code <path>/memory.max:67108864}, one
 * line per value). One-number files give a value, {@code key value} files ({@code memory.stat}, {@code memory.events},
 * {@code memory.oom_control}) their counters.
 */
final class CgroupFileParser implements ArtifactParser {

    /** Files read: a number each. */
    static final Set<String> VALUE_FILES = Set.of("memory.limit_in_bytes", "memory.usage_in_bytes",
            "memory.max_usage_in_bytes", "memory.failcnt", "memory.soft_limit_in_bytes", "memory.memsw.limit_in_bytes",
            "memory.memsw.usage_in_bytes", "memory.memsw.max_usage_in_bytes", "memory.memsw.failcnt", "memory.current",
            "memory.max", "memory.peak", "memory.high", "memory.low", "memory.min", "memory.swap.current",
            "memory.swap.max", "memory.swap.peak");
    /** Files read: {@code key value} lines each. */
    static final Set<String> COUNTER_FILES = Set.of("memory.stat", "memory.events", "memory.events.local",
            "memory.oom_control", "memory.swap.events");
    /** Counters kept per file: memory.stat has about 70. */
    static final int MAX_COUNTERS = 200;
    /** Files kept from one grep listing. */
    static final int MAX_FILES = 20_000;
    /**
     * Limits at or above this are "no limit": v1 prints PAGE_COUNTER_MAX pages in bytes
     * (9223372036854771712 with 4 KiB pages); no real limit comes near 4 EiB.
     */
    static final long UNLIMITED = 1L << 62;

    private static final Pattern GREP = Pattern.compile("^(.{0,4096}?/)?(memory\\.[a-z_.]{1,40}):(.*)$");
    private static final Pattern COUNTER = Pattern.compile("^([a-z_][a-z0-9_]{0,63}) (\\d{1,20})$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String file = fileName(input.entry().detectName());
        if (VALUE_FILES.contains(file) || COUNTER_FILES.contains(file)) {
            copied(input, context, lines, file);
        } else {
            grepListing(input, context, lines);
        }
    }

    /** One file at its own path. */
    private static void copied(ParseInput input, ParseContext context, Lines lines, String file) throws IOException {
        String path = input.entry().detectName();
        String cgroup = cgroupOf(path, file);
        int version = version(path, file);
        if (VALUE_FILES.contains(file)) {
            String line = lines.nextContent();
            while (line != null && line.isBlank()) {
                line = lines.nextContent();
            }
            if (line == null) {
                return;
            }
            value(input, context, cgroup, version, file, line, input.location(lines.lineNumber()));
            return;
        }
        FileCounters c = new FileCounters();
        String line;
        while ((line = lines.nextContent()) != null) {
            if (!line.isBlank() && !c.add(line, input.location(lines.lineNumber()), line)) {
                context.diagnostic(lines.lineNumber(), "not a 'key value' line of " + file + " (expected e.g. 'oom_kill 1')");
            }
        }
        c.emit(input, context, cgroup, version, file);
    }

    private static void value(ParseInput input, ParseContext context, String cgroup, int version, String file, String line,
                              Location at) {
        String v = line.strip();
        long n = v.equals("max") ? -1 : Numbers.whole(v);
        if (n < 0 && !v.equals("max")) {
            context.diagnostic(at.line(), "not a number of bytes or 'max' (expected the one value " + file + " holds)");
            return;
        }
        boolean unlimited = n < 0 || n >= UNLIMITED;
        context.emit(new CgroupMemoryFile(input.host(), cgroup, version, file, unlimited ? -1 : n, unlimited, Map.of(), at,
                line));
    }

    /** {@code grep -H . /sys/fs/cgroup/…/memory.*}: each line names its file; consecutive lines of one file are one file. */
    private static void grepListing(ParseInput input, ParseContext context, Lines lines) throws IOException {
        String currentPath = null;
        String currentFile = null;
        FileCounters counters = null;
        int files = 0;
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = GREP.matcher(line);
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not '<path>/memory.<file>:<value>' (expected grep -H of cgroup memory files)");
                continue;
            }
            String dir = m.group(1) == null ? "" : m.group(1);
            String file = m.group(2);
            String path = dir + file;
            boolean known = VALUE_FILES.contains(file) || COUNTER_FILES.contains(file);
            if (counters != null && !path.equals(currentPath)) {
                counters.emit(input, context, cgroupOf(currentPath, currentFile), version(currentPath, currentFile), currentFile);
                counters = null;
            }
            if (!known) {
                continue;
            }
            if (++files > MAX_FILES) {
                context.diagnostic(lines.lineNumber(), "more than " + MAX_FILES + " cgroup files listed; the rest is not read");
                return;
            }
            Location at = input.location(lines.lineNumber());
            if (VALUE_FILES.contains(file)) {
                value(input, context, cgroupOf(path, file), version(path, file), file, m.group(3), at);
            } else {
                if (counters == null) {
                    counters = new FileCounters();
                    currentPath = path;
                    currentFile = file;
                }
                if (!counters.add(m.group(3), at, line)) {
                    context.diagnostic(lines.lineNumber(), "not a 'key value' entry of " + file);
                }
            }
        }
        if (counters != null) {
            counters.emit(input, context, cgroupOf(currentPath, currentFile), version(currentPath, currentFile), currentFile);
        }
    }

    /** The counters of one key-value file being read. */
    private static final class FileCounters {
        final Map<String, CgroupCounter> values = new LinkedHashMap<>();
        Location firstAt;
        String first;

        /** One entry; {@code text} is the entry, {@code line} the whole captured line. */
        boolean add(String text, Location at, String line) {
            Matcher m = COUNTER.matcher(text.strip());
            if (!m.matches()) {
                return false;
            }
            if (firstAt == null) {
                firstAt = at;
                first = line;
            }
            if (values.size() < MAX_COUNTERS || values.containsKey(m.group(1))) {
                values.put(m.group(1), new CgroupCounter(m.group(1), Numbers.whole(m.group(2)), at, line));
            }
            return true;
        }

        void emit(ParseInput input, ParseContext context, String cgroup, int version, String file) {
            if (values.isEmpty()) {
                return;
            }
            context.emit(new CgroupMemoryFile(input.host(), cgroup, version, file, -1, false, values, firstAt, first));
        }
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    /**
     * The cgroup of a file at {@code …/sys/fs/cgroup/[memory/|unified/]<cgroup>/<file>} (or {@code fs/cgroup/…} when
     * {@code /sys} itself was copied): "/" for the hierarchy's root; for a path outside any {@code fs/cgroup}, its
     * directory as given, or "" when there is none.
     */
    static String cgroupOf(String path, String file) {
        int i = path.startsWith("fs/cgroup/") ? 0 : path.indexOf("/fs/cgroup/") + 1;
        if (i <= 0 && !path.startsWith("fs/cgroup/")) {
            int slash = path.lastIndexOf('/');
            // a grep of a cgroup mounted elsewhere, or of the current directory: the directory is all it says
            return slash <= 0 ? "" : path.substring(0, slash);
        }
        String rest = path.substring(i + "fs/cgroup/".length());
        int end = rest.length() - file.length();
        String dir = end > 0 ? rest.substring(0, end - 1) : "";
        for (String controller : new String[] {"memory", "unified"}) {
            if (dir.equals(controller) || dir.startsWith(controller + "/")) {
                dir = dir.substring(controller.length());
                break;
            }
        }
        return dir.isEmpty() ? "/" : dir.startsWith("/") ? dir : "/" + dir;
    }

    /** 1 for v1-only file names or the v1 {@code memory/} controller directory, 2 for v2-only names, 0 when either. */
    static int version(String path, String file) {
        if (file.endsWith("_in_bytes") || file.equals("memory.failcnt") || file.equals("memory.oom_control")
                || file.startsWith("memory.memsw.") || path.contains("fs/cgroup/memory/")) {
            return 1;
        }
        return file.equals("memory.stat") ? 0 : 2;
    }
}
