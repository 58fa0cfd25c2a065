package dev.mga.core.memory;

import dev.mga.core.parse.Words;
import dev.mga.core.spi.ContentSample;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the memory family recognises its artifacts by content (see {@link MemoryFamily}): each check is
 * cheap and strict and looks at the first lines only. The hugetlb sysfs counter files have none: one
 * number alone says nothing of where it came from, so only their path recognises them.
 */
final class MemorySniffers {

    /** Keys only meminfo has: a file of {@code Key: N} lines naming one of them is meminfo. */
    private static final Set<String> MEMINFO_KEYS = Set.of("MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached",
            "SwapCached", "Slab", "SUnreclaim", "HugePages_Total", "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp",
            "Hugepagesize", "Hugetlb", "AnonHugePages", "CommitLimit", "Committed_AS");

    /** Keys of smaps / smaps_rollup and /proc/PID/status that meminfo never has. */
    private static final Set<String> NOT_MEMINFO = Set.of("Rss", "Pss", "Shared_Clean", "Private_Dirty", "VmRSS",
            "VmPeak", "VmHWM");

    /** The memory lines of /proc/PID/status (proc(5)); meminfo's are named otherwise (VmallocTotal, …). */
    private static final Set<String> STATUS_MEMORY_KEYS = Set.of("VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS",
            "RssAnon", "RssFile", "RssShmem", "VmData", "VmStk", "VmExe", "VmLib", "VmPTE", "VmPMD", "VmSwap",
            "HugetlbPages");

    private static final Pattern FREE_HEADER = Pattern.compile("total +used +free +shared +(?:buff/cache|buffers)(?: .*)?");

    private static final Pattern DUMP_VALUE = Pattern.compile("\\d+\\s*(?:kB)?");
    private static final Pattern DUMP_LINE = Pattern.compile("^(?:==> )?\\S*/hugepages/hugepages-\\d+kB/\\w+(?::\\s*\\S+| <==)$");

    private MemorySniffers() {
    }

    /**
     * Meminfo lines naming a key only meminfo has, outnumbering the other lines (a pasted prompt,
     * a for loop around {@code cat /proc/meminfo}).
     */
    static boolean meminfo(ContentSample sample) {
        int matching = 0;
        int other = 0;
        boolean known = false;
        for (String l : sample.nonBlankLines(40)) {
            Matcher m = MeminfoParser.LINE.matcher(MeminfoParser.withoutFileName(l.strip()));
            if (m.matches()) {
                if (NOT_MEMINFO.contains(m.group(2))) {
                    return false; // smaps_rollup's and status's lines have the same shape
                }
                matching++;
                known |= MEMINFO_KEYS.contains(m.group(2));
            } else if (ShellTranscript.hostname(l) == null) {
                other++;
            }
        }
        return known && matching >= other;
    }

    /**
     * free's header ({@code total used free …}) followed by a {@code Mem:} row, also as procps-ng
     * translates them ({@code gesamt benutzt frei …} then {@code Speicher:}; {@link FreeLanguages}).
     */
    static boolean free(ContentSample sample) {
        boolean header = false;
        for (String l : sample.nonBlankLines(12)) {
            String t = FreeParser.withoutCommandWord(l).strip();
            if (FREE_HEADER.matcher(t).matches() || FreeLanguages.columns(t) != null) {
                header = true;
            } else if (header && memRow(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean memRow(String t) {
        if (t.startsWith("Mem:")) {
            return true;
        }
        int end = FreeLanguages.labelEnd(t);
        return end > 0 && FreeLanguages.label(t.substring(0, end)).equals("Mem");
    }

    /**
     * A {@code top - … load average:} line followed by the {@code Tasks:} (or {@code Threads:}) line;
     * or top's two memory lines on their own ({@code KiB Mem :} then {@code KiB Swap:}), first or after its
     * Tasks and CPU lines (the summary pasted without its {@code top -} line).
     */
    static boolean top(ContentSample sample) {
        boolean first = false;
        boolean memory = false;
        boolean summaryOnly = true;
        int seen = 0;
        for (String l : sample.nonBlankLines(30)) {
            String t = l.strip();
            seen++;
            if (t.startsWith("top - ") && t.contains(" load average")) {
                first = true;
            } else if (first) {
                return t.startsWith("Tasks:") || t.startsWith("Threads:");
            } else if (memory) {
                return TopSummary.isMemoryLine(t) && t.contains("Swap");
            } else if (summaryOnly && seen <= 3 && TopSummary.isMemoryLine(t) && t.contains("Mem")) {
                memory = true;
            } else if (!(t.startsWith("Tasks:") || t.startsWith("Threads:") || t.startsWith("%Cpu") || t.startsWith("Cpu(s):"))) {
                summaryOnly = false; // only top's own tasks and CPU lines may come before its memory lines
            }
        }
        return false;
    }

    /**
     * Among the first four lines (after a prompt or a command line: {@code a52q:/proc/10660 # cat
     * smaps_rollup}, {@code  cat /proc/PID/smaps_rollup}), a mapping header followed by its
     * {@code Size:} (or rollup {@code Rss:}) line.
     */
    static boolean smaps(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(8);
        for (int i = 0; i + 1 < lines.size() && i < 4; i++) {
            if (SmapsParser.HEADER.matcher(lines.get(i).strip()).matches()
                    && (lines.get(i + 1).startsWith("Size:") || lines.get(i + 1).startsWith("Rss:"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts with {@code Name:} and has the {@code Pid:} and {@code VmRSS:} or {@code Threads:} lines of
     * a task; or, for a paste of part of it (the lines from {@code State:}, or only the memory lines),
     * at least three of the task's memory keys ({@code VmPeak:} … {@code VmSwap:}, {@code RssAnon:} …,
     * which no other kernel file prints) with the {@code Key: value} lines outnumbering the others.
     */
    static boolean processStatus(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(60);
        if (!lines.isEmpty() && lines.get(0).startsWith("Name:")
                && lines.stream().anyMatch(l -> l.startsWith("Pid:"))
                && lines.stream().anyMatch(l -> l.startsWith("VmRSS:") || l.startsWith("Threads:"))) {
            return true;
        }
        Set<String> memoryKeys = new HashSet<>();
        int keyed = 0;
        int other = 0;
        for (String l : lines) {
            int colon = l.indexOf(':');
            String key = colon > 0 ? l.substring(0, colon) : "";
            if (key.isEmpty() || key.indexOf(' ') >= 0) {
                other++;
                continue;
            }
            keyed++;
            if (STATUS_MEMORY_KEYS.contains(key)) {
                memoryKeys.add(key);
            }
        }
        return memoryKeys.size() >= 3 && keyed > other;
    }

    /**
     * Hugetlb sysfs counters pasted as {@code path:value} lines ({@code grep -H .}), {@code head} blocks, or
     * {@code name=value} lines printed in the directory a {@code cd} line names, or {@code $ cat <counter file>}
     * prompts each followed by its value.
     */
    static boolean hugepageDump(ContentSample sample) {
        int counters = 0;
        boolean inDirectory = false;
        int seen = 0;
        for (ContentSample.Line line : sample.all()) {
            // prompts are the envelope layer's: their typed command is the sample's line here
            boolean prompt = line.envelope().prompt();
            String l = prompt ? line.envelope().command() : line.text();
            String t = l.strip();
            if (!line.complete() || seen == 20) {
                break;
            }
            if (t.isEmpty() || !prompt && !line.envelope().content()) {
                continue;
            }
            seen++;
            if (!prompt && DUMP_LINE.matcher(t).matches() || !prompt && inDirectory && HugepageDumpParser.nameValue(t) != null
                    || prompt && HugepageDumpParser.catPath(l) != null) {
                counters++;
            } else if (counters == 0 && HugepageDumpParser.directory(t) != null) {
                inDirectory = true;
            } else if (counters == 0 && prompt || !prompt && DUMP_VALUE.matcher(t).matches()) {
                continue;
            } else {
                return false;
            }
        }
        return counters > 0;
    }

    /**
     * Only {@code key.name = value} (or {@code key.name=value}) lines and configuration comments
     * ({@code #}, {@code ;}), after at most a few prompt lines.
     */
    static boolean sysctl(ContentSample sample) {
        int settings = 0;
        for (String l : sample.nonBlankLines(20)) {
            String t = l.strip();
            if (SysctlParser.LINE.matcher(t).matches()) {
                settings++;
            } else if (!SysctlParser.isComment(t)) {
                return false; // prompt lines are not in the sample's lines
            }
        }
        return settings > 0;
    }

    /**
     * The {@code Size Minimum Current Maximum Default} or {@code Mount Point Options} header near the
     * top, or {@code mount} lines of hugetlbfs only.
     */
    static boolean hugeadm(ContentSample sample) {
        int mounts = 0;
        for (String l : sample.nonBlankLines(8)) {
            String t = l.strip();
            if (HugeadmParser.POOL_HEADER.matcher(t).matches() || HugeadmParser.MOUNT_HEADER.matcher(t).matches()) {
                return true;
            }
            if (HugeadmParser.MOUNT_LINE.matcher(t).matches()) {
                mounts++;
            } else {
                return false; // prompt lines are not in the sample's lines
            }
        }
        return mounts > 0;
    }

    /** Only {@code hugepages-<N>kB} names after an optional prompt. */
    static boolean hugepageSizes(ContentSample sample) {
        int names = 0;
        for (String l : sample.nonBlankLines(10)) {
            for (String token : Words.split(l)) {
                if (!HugepageSizesParser.NAME.matcher(token).matches()) {
                    return false;
                }
                names++;
            }
        }
        return names > 0;
    }
}
