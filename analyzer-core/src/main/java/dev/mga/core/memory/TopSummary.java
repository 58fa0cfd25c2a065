package dev.mga.core.memory;

import dev.mga.core.parse.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary lines above top's task list, as procps-ng 3.3 and 4.x print them in batch mode:
 * {@code top - …}, {@code Tasks:} (or {@code Threads:}), {@code %Cpu(s):}, and the memory lines in
 * the unit {@code -E} chose ({@code KiB Mem :} … {@code EiB Swap:}); procps 3.2's {@code Mem:}
 * and {@code Cpu(s):} lines too. One instance per snapshot, filled line by line.
 */
final class TopSummary {

    private static final Pattern TOP = Pattern.compile(
            "^top - (\\S+) up (.+?),\\s+(\\d+|\\?) users?,\\s+load averages?: ([\\d.]+),? ([\\d.]+),? ([\\d.]+)\\s*$");
    private static final Pattern COUNT = Pattern.compile("(\\d+) (total|running|sleeping|sleep|d-sleep|stopped|zombie)\\b");
    private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)%? ?(us|sy|ni|id|wa|hi|si|st)\\b");
    private static final Pattern MEMORY = Pattern.compile("^(?:([KMGTPE]iB) )?(Mem|Swap)\\s*:(.*)$");
    /** Graph mode ({@code m} toggled): {@code GiB Mem : 28.2/7.8  [|||   ]}, percent in use / total. */
    private static final Pattern GRAPH = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)\\s*\\[.*$");
    /** A figure cut to 8 characters by top ({@code 1000000.+avail Mem}) may end with its point. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:\\.\\d*)?)([kKmMgG]?)\\+?\\s*(total|free|used|buff/cache|buffers|cached Mem|avail Mem|cached)\\b");

    String time = "";
    String uptime = "";
    int users = -1;
    final List<Double> load = new ArrayList<>();
    final Map<String, Long> tasks = new LinkedHashMap<>();
    final Map<String, Double> cpu = new LinkedHashMap<>();
    String memoryUnit = "";
    final Map<String, Long> memory = new LinkedHashMap<>();
    final Map<String, Long> swap = new LinkedHashMap<>();
    long available = -1;
    /**
     * procps-ng 3.3.10 and later print {@code free} before {@code used} on the Mem line; 3.3.9 and
     * earlier printed {@code used, free, buffers} and {@code N cached Mem} after Swap. Translations
     * of the later layout (zh_CN) label its fourth Mem figure {@code buffers} and avail Mem {@code cached}.
     */
    private boolean freeBeforeUsed;

    /** A memory summary line with its unit ({@code KiB Mem :}, {@code GiB Swap:}): top's, not free's. */
    static boolean isMemoryLine(String t) {
        if (t.length() < 8 || t.charAt(1) != 'i' || t.charAt(2) != 'B' || t.charAt(3) != ' ') {
            return false; // most lines: no regex
        }
        Matcher m = MEMORY.matcher(t);
        return m.matches() && m.group(1) != null;
    }

    /** Reads the {@code top -} line; false when the line is not one. */
    boolean first(String t) {
        Matcher m = TOP.matcher(t);
        if (!m.matches()) {
            return false;
        }
        try {
            int u = m.group(3).equals("?") ? -1 : Integer.parseInt(m.group(3)); // "? users": procps 4 could not count them
            List<Double> l = new ArrayList<>();
            for (int g = 4; g <= 6; g++) {
                l.add(Double.parseDouble(m.group(g)));
            }
            users = u;
            load.addAll(l);
        } catch (NumberFormatException e) {
            return false; // "1.2.3" or a count beyond int: not a line top printed
        }
        time = m.group(1);
        uptime = m.group(2).strip();
        return true;
    }

    /** Reads one of the other summary lines; false when the line is none of them. */
    boolean line(String t) {
        try {
            return summaryLine(t);
        } catch (NumberFormatException e) {
            return false; // numbers top never prints (several points, beyond long)
        }
    }

    private boolean summaryLine(String t) {
        if (t.startsWith("Tasks:") || t.startsWith("Threads:")) {
            Matcher m = COUNT.matcher(t);
            while (m.find()) {
                tasks.put(m.group(2), Long.parseLong(m.group(1)));
            }
            return !tasks.isEmpty();
        }
        if (t.startsWith("%Cpu") || t.startsWith("Cpu") || t.startsWith("%Node")) {
            if (t.startsWith("%Cpu(s)") || t.startsWith("Cpu(s)")) {
                Matcher m = CPU.matcher(t);
                while (m.find()) {
                    cpu.put(m.group(2), Double.parseDouble(m.group(1)));
                }
            }
            return true; // per-cpu and per-node lines (toggled with 1 and 2) are valid, not kept
        }
        Matcher m = MEMORY.matcher(t);
        if (!m.matches()) {
            return false;
        }
        long unit = m.group(1) == null ? Units.KIB : Units.iecUnit(m.group(1));
        if (m.group(1) != null) {
            memoryUnit = m.group(1);
        }
        boolean mem = m.group(2).equals("Mem");
        Map<String, Long> target = mem ? memory : swap;
        Matcher g = GRAPH.matcher(m.group(3));
        if (g.matches()) {
            // the first figure is a percentage in use (what it counts changed across releases): only the total is kept
            target.put("total", amount(g.group(2), "", unit));
            return true;
        }
        Matcher a = AMOUNT.matcher(m.group(3));
        if (mem) {
            int free = m.group(3).indexOf(" free");
            int used = m.group(3).indexOf(" used");
            freeBeforeUsed = free >= 0 && used > free;
        }
        boolean any = false;
        while (a.find()) {
            long bytes = amount(a.group(1), a.group(2), unit);
            String label = a.group(3);
            if (label.equals("avail Mem") || label.equals("cached") && !mem && freeBeforeUsed) {
                available = bytes;
            } else if (label.equals("cached Mem") || label.equals("cached")) {
                memory.put("cached", bytes);
            } else if (label.equals("buffers") && mem && freeBeforeUsed) {
                memory.put("buff/cache", bytes);
            } else {
                target.put(label, bytes);
            }
            any = true;
        }
        if (m.group(1) == null && memoryUnit.isEmpty()) {
            memoryUnit = "KiB"; // procps 3.2: "Mem:  16266500k total"
        }
        return any;
    }

    private static long amount(String number, String suffix, long unit) {
        return Units.topSize(number + suffix, unit);
    }
}
