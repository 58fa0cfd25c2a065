package dev.mga.core.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.kernel.OomConstraint;
import dev.mga.core.model.kernel.OomConstraintKind;
import dev.mga.core.model.kernel.OomHugepages;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.model.kernel.OomTask;
import dev.mga.core.model.kernel.OomTrigger;
import dev.mga.core.model.kernel.OomVictim;
import dev.mga.core.model.kernel.OomZone;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OOM killer's reports out of the messages of a kernel log (prefixes already removed), in the
 * order mm/oom_kill.c prints them: {@code invoked oom-killer}, {@code CPU:}, the call trace, the memcg's
 * {@code memory: usage … limit …} and stats (memcg kills) or {@code Mem-Info:} (global kills), the task table,
 * {@code oom-kill:constraint=…}, then {@code Killed process …}. Kernels 3.10 to 6.18 word these slightly
 * differently (the {@code CPU:} line gained {@code UID:} in 6.12, the task table {@code rss_anon rss_file rss_shmem},
 * the {@code oom-kill:} line replaced {@code Task in … killed as a result of limit of …} in 4.19); each line is
 * matched on its own, so a report cut by a rotated ring buffer still gives what it has.
 */
final class OomReportReader {

    private static final Pattern INVOKED = Pattern.compile("^(.{1,64}?) invoked oom-killer: gfp_mask=(0x[0-9a-f]{1,16})"
            + "(?:\\(([^)]{0,400})\\))?,\\s*(?:nodemask=\\S{1,200},\\s*)?order=(-?\\d{1,3}),\\s*(?:oom_adj=-?\\d{1,5},\\s*)?"
            + "oom_score_adj=(-?\\d{1,5})");
    private static final Pattern CPU = Pattern.compile(
            "^CPU: \\d{1,6} (?:UID: \\d{1,10} )?PID: (\\d{1,10}) Comm: .{0,64}? (?:Not tainted|Tainted:[A-Z ]{0,40}?) +(\\d[^\\s]{0,100})");
    private static final Pattern CHARGE = Pattern.compile("^(memory|memory\\+swap|swap|kmem): usage (\\d{1,20})kB, limit (\\d{1,20})kB, failcnt (\\d{1,20})");
    private static final Pattern STATS = Pattern.compile("^Memory cgroup stats for (\\S{1,4096}?):(.*)$");
    private static final Pattern STAT = Pattern.compile("^([a-z_][a-z0-9_]{0,63}) (\\d{1,20})$");
    private static final Pattern OLD_STAT = Pattern.compile("([a-z_][a-z0-9_]{0,63}):(\\d{1,20})KB");
    private static final Pattern PAGES = Pattern.compile("(?:^| )(free|free_pcp):(\\d{1,20})(?= |$)");
    private static final Pattern ZONE = Pattern.compile("^Node (\\d{1,4}) ([A-Za-z0-9]{1,16}) free:(\\d{1,20})kB");
    private static final Pattern MIN = Pattern.compile(" min:(\\d{1,20})kB");
    private static final Pattern MANAGED = Pattern.compile(" managed:(\\d{1,20})kB");
    private static final Pattern FREE_LIST = Pattern.compile("^Node \\d{1,4} [A-Za-z0-9]{1,16}: \\d{1,20}\\*(\\d{1,7})kB");
    private static final Pattern HUGEPAGES = Pattern.compile("^Node (\\d{1,4}) hugepages_total=(\\d{1,20}) hugepages_free=(\\d{1,20})"
            + " hugepages_surp=(\\d{1,20}) hugepages_size=(\\d{1,20})kB");
    private static final Pattern TOTALS = Pattern.compile("^(\\d{1,20}) pages (RAM|reserved)$");
    private static final Pattern SWAP = Pattern.compile("^(Free|Total) swap\\s+=\\s+(\\d{1,20})kB");
    private static final Pattern TASK_HEADER = Pattern.compile("^\\[\\s*pid\\s*\\]\\s+(.{1,400})$");
    private static final Pattern TASK_ROW = Pattern.compile("^\\[\\s*(\\d{1,10})\\]\\s+(.*)$");
    private static final Pattern TASK_IN = Pattern.compile("^Task in (\\S{1,4096}) killed as a result of limit of (\\S{1,4096})");
    private static final Pattern KILLED = Pattern.compile("(?:^|: )Killed process (\\d{1,10}) \\((.{0,64}?)\\)(?=[ ,]|$)");
    private static final Pattern UID = Pattern.compile("UID:(\\d{1,10})");
    private static final Pattern TOTAL_VM = Pattern.compile("total-vm:(\\d{1,20})kB");
    private static final Pattern ANON_RSS = Pattern.compile("anon-rss:(\\d{1,20})kB");
    private static final Pattern FILE_RSS = Pattern.compile("file-rss:(\\d{1,20})kB");
    private static final Pattern SHMEM_RSS = Pattern.compile("shmem-rss:(\\d{1,20})kB");
    private static final Pattern PGTABLES = Pattern.compile("pgtables:(\\d{1,20})kB");
    private static final Pattern SCORE_ADJ = Pattern.compile("oom_score_adj:(-?\\d{1,6})");
    private static final Pattern REAPED = Pattern.compile("^oom_reaper: reaped process (\\d{1,10}) \\(");

    private enum Section { NONE, STATS, MEM_INFO, TASKS }

    private final String host;
    private final Consumer<OomKill> out;
    private OomReport report;
    private Section section = Section.NONE;
    private boolean reportHasKill;
    private final List<Long> unfinished = new ArrayList<>();

    OomReportReader(String host, Consumer<OomKill> out) {
        this.host = host;
        this.out = out;
    }

    /**
     * One kernel message (or the continuation of the previous one).
     *
     * @return true when the message belonged to an OOM report
     */
    boolean message(Location at, String message, String line, String time, double uptime) {
        Matcher m = INVOKED.matcher(message);
        if (m.lookingAt()) {
            start(at);
            report.trigger = new OomTrigger(m.group(1), -1, m.group(2), flags(m.group(3)), Integer.parseInt(m.group(4)),
                    Long.parseLong(m.group(5)), "");
            report.cite(at, line);
            return true;
        }
        if (report == null && !message.startsWith("oom-kill:") && !message.contains("Killed process ")
                && !message.startsWith("Task in ")) {
            return false;
        }
        if (report == null) {
            start(at);
        }
        return inReport(at, message, line, time, uptime);
    }

    private boolean inReport(Location at, String message, String line, String time, double uptime) {
        if (section == Section.STATS && stat(message)) {
            return true;
        }
        if (section == Section.TASKS && task(message)) {
            return true;
        }
        if (section == Section.MEM_INFO && memInfo(message)) {
            return true;
        }
        Matcher m;
        if ((m = CPU.matcher(message)).lookingAt()) {
            report.triggerPid = Long.parseLong(m.group(1));
            report.kernelRelease = m.group(2);
        } else if ((m = CHARGE.matcher(message)).lookingAt()) {
            charge(m);
            if (m.group(1).equals("memory")) {
                report.cite(at, line);
            }
        } else if ((m = STATS.matcher(message)).lookingAt()) {
            section = Section.STATS;
            report.statsCgroup = m.group(1);
            Matcher old = OLD_STAT.matcher(m.group(2));
            while (old.find()) {
                report.stat(old.group(1), Numbers.whole(old.group(2)));
            }
        } else if (message.startsWith("Mem-Info:")) {
            section = Section.MEM_INFO;
            report.memInfo = true;
        } else if (message.startsWith("Tasks state (memory values in pages):")) {
            section = Section.TASKS;
        } else if ((m = TASK_HEADER.matcher(message)).lookingAt()) {
            section = Section.TASKS;
            taskHeader(m.group(1));
        } else if (message.startsWith("oom-kill:")) {
            if (reportHasKill || report.named != null) {
                start(at);
            }
            String fields = message.substring("oom-kill:".length());
            report.constraint = constraint(fields);
            report.cite(at, line);
            // the victim is chosen when this line is printed: it stands for the kill when the next line is missing
            report.named = new OomVictim(Numbers.whole(value(fields, "pid")), value(fields, "task"),
                    Numbers.whole(value(fields, "uid")), -1, -1, -1, -1, -1, 0, false);
            report.namedAt = at;
            report.namedLine = line;
            report.namedTime = time;
            report.namedUptime = uptime;
            section = Section.NONE;
        } else if ((m = TASK_IN.matcher(message)).lookingAt()) {
            report.constraint = new OomConstraint(OomConstraintKind.MEMCG, "", "", "", m.group(2), m.group(1), false);
            report.cite(at, line);
        } else if ((m = KILLED.matcher(message)).find()) {
            if (reportHasKill) {
                start(at);
            }
            killed(at, message, line, m, time, uptime);
        } else if ((m = REAPED.matcher(message)).lookingAt()) {
            if (report.victim != null && report.victim.pid() == Long.parseLong(m.group(1))) {
                report.victim = report.victim.withReaped();
            }
        } else {
            return false;
        }
        return true;
    }

    /** Called at the end of the log: the last report is complete, or reported as cut. */
    void finish() {
        flush();
    }

    /** Lines of reports that never reached their {@code Killed process} line. */
    List<Long> unfinished() {
        return unfinished;
    }

    private void start(Location at) {
        flush();
        report = new OomReport();
        report.startLine = at.line();
        section = Section.NONE;
        reportHasKill = false;
    }

    private void flush() {
        if (report == null) {
            return;
        }
        if (report.victim == null && report.named != null && report.named.pid() >= 0) {
            report.victim = report.named;
            report.killAt = report.namedAt;
            report.killLine = report.namedLine;
            report.time = report.namedTime;
            report.uptime = report.namedUptime;
        }
        if (report.victim != null) {
            out.accept(report.kill(host));
        } else {
            unfinished.add(report.startLine);
        }
        report = null;
        section = Section.NONE;
    }

    private void charge(Matcher m) {
        long usage = Numbers.whole(m.group(2));
        long limit = Numbers.whole(m.group(3));
        switch (m.group(1)) {
            case "memory" -> {
                report.usageKb = usage;
                report.limitKb = limit;
                report.failcnt = Numbers.whole(m.group(4));
            }
            case "swap", "memory+swap" -> {
                report.swapUsageKb = usage;
                report.swapLimitKb = limit;
            }
            default -> { } // kmem: part of usage already
        }
    }

    private boolean stat(String message) {
        Matcher m = STAT.matcher(message);
        if (!m.matches()) {
            section = Section.NONE;
            return false;
        }
        report.stat(m.group(1), Numbers.whole(m.group(2)));
        return true;
    }

    private boolean memInfo(String message) {
        if (message.startsWith("Tasks state") || message.startsWith("oom-kill:") || message.startsWith("[")
                || message.contains("Killed process ") || message.startsWith("Memory cgroup")) {
            section = Section.NONE;
            return false;
        }
        Matcher m;
        if ((m = ZONE.matcher(message)).lookingAt()) {
            Matcher min = MIN.matcher(message);
            Matcher managed = MANAGED.matcher(message);
            report.zone(new OomZone(Integer.parseInt(m.group(1)), m.group(2), Numbers.whole(m.group(3)),
                    min.find() ? Numbers.whole(min.group(1)) : -1, managed.find() ? Numbers.whole(managed.group(1)) : -1));
        } else if ((m = FREE_LIST.matcher(message)).lookingAt()) {
            if (report.pageSizeKb < 0) {
                report.pageSizeKb = Numbers.whole(m.group(1));
            }
        } else if ((m = HUGEPAGES.matcher(message)).lookingAt()) {
            report.hugepages(new OomHugepages(Integer.parseInt(m.group(1)), Numbers.whole(m.group(2)),
                    Numbers.whole(m.group(3)), Numbers.whole(m.group(4)), Numbers.whole(m.group(5))));
        } else if ((m = TOTALS.matcher(message)).matches()) {
            if (m.group(2).equals("RAM")) {
                report.ramPages = Numbers.whole(m.group(1));
            } else {
                report.reservedPages = Numbers.whole(m.group(1));
            }
        } else if ((m = SWAP.matcher(message)).lookingAt()) {
            if (m.group(1).equals("Free")) {
                report.freeSwapKb = Numbers.whole(m.group(2));
            } else {
                report.totalSwapKb = Numbers.whole(m.group(2));
            }
        } else {
            m = PAGES.matcher(message);
            boolean any = false;
            while (m.find()) {
                if (m.group(1).equals("free")) {
                    report.freePages = Numbers.whole(m.group(2));
                }
                any = true;
            }
            // the other Mem-Info lines (counters, buddy lists, page cache) stay part of the section
            return any || message.contains(":") || message.contains(" pages ") || message.startsWith("Node ");
        }
        return true;
    }

    private void taskHeader(String rest) {
        List<String> cols = new ArrayList<>();
        cols.add("pid");
        cols.addAll(Words.split(rest));
        report.taskColumns = cols;
    }

    private boolean task(String message) {
        Matcher m = TASK_ROW.matcher(message);
        if (!m.lookingAt()) {
            if (TASK_HEADER.matcher(message).lookingAt()) {
                taskHeader(TASK_HEADER.matcher(message).replaceFirst("$1"));
                return true;
            }
            section = Section.NONE;
            return false;
        }
        List<String> cols = report.taskColumns;
        int numeric = Math.max(0, cols.size() - 2); // pid and name are not among them
        String[] parts = Words.split(m.group(2), numeric + 1).toArray(String[]::new);
        if (parts.length < numeric + 1) {
            return true; // a row cut short: counted nowhere, the table's header says what was expected
        }
        long[] v = new long[numeric];
        for (int i = 0; i < numeric; i++) {
            v[i] = parts[i].startsWith("-") ? -Math.max(0, Numbers.whole(parts[i].substring(1))) : Numbers.whole(parts[i]);
        }
        report.task(new OomTask(Numbers.whole(m.group(1)), col(cols, v, "uid"), col(cols, v, "tgid"),
                col(cols, v, "total_vm"), col(cols, v, "rss"), col(cols, v, "rss_anon"), col(cols, v, "rss_file"),
                col(cols, v, "rss_shmem"), col(cols, v, "pgtables_bytes"), col(cols, v, "swapents"),
                col(cols, v, "oom_score_adj"), parts[numeric]));
        return true;
    }

    private static long col(List<String> cols, long[] values, String name) {
        int i = cols.indexOf(name) - 1;
        return i >= 0 && i < values.length ? values[i] : -1;
    }

    private void killed(Location at, String message, String line, Matcher m, String time, double uptime) {
        report.victim = new OomVictim(Numbers.whole(m.group(1)), m.group(2), field(message, UID), field(message, TOTAL_VM),
                field(message, ANON_RSS), field(message, FILE_RSS), field(message, SHMEM_RSS), field(message, PGTABLES),
                signed(message, SCORE_ADJ), false);
        report.killAt = at;
        report.killLine = line;
        report.time = time;
        report.uptime = uptime;
        report.cite(at, line);
        reportHasKill = true;
        section = Section.NONE;
    }

    private static long field(String message, Pattern p) {
        Matcher f = p.matcher(message);
        return f.find() ? Numbers.whole(f.group(1)) : -1;
    }

    private static long signed(String message, Pattern p) {
        Matcher f = p.matcher(message);
        if (!f.find()) {
            return 0;
        }
        String s = f.group(1);
        return s.startsWith("-") ? -Numbers.whole(s.substring(1)) : Numbers.whole(s);
    }

    private static List<String> flags(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\\|"));
    }

    /** {@code constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=…,mems_allowed=0,oom_memcg=…,task_memcg=…,task=…,pid=…,uid=…}. */
    static OomConstraint constraint(String fields) {
        String kind = value(fields, "constraint");
        return new OomConstraint(OomConstraintKind.fromKernel(kind), value(fields, "nodemask"), value(fields, "cpuset"),
                value(fields, "mems_allowed"), value(fields, "oom_memcg"), value(fields, "task_memcg"),
                fields.contains(",global_oom,") || fields.endsWith(",global_oom"));
    }

    private static final List<String> KEYS = List.of("constraint", "nodemask", "cpuset", "mems_allowed", "global_oom",
            "oom_memcg", "task_memcg", "task", "pid", "uid");

    /** The value of {@code key=}, up to the next {@code ,<known key>} (mems_allowed may hold commas: {@code 0,2}). */
    private static String value(String fields, String key) {
        int start = fields.startsWith(key + "=") ? key.length() + 1 : -1;
        if (start < 0) {
            int i = fields.indexOf("," + key + "=");
            if (i < 0) {
                return "";
            }
            start = i + key.length() + 2;
        }
        int end = fields.length();
        for (String k : KEYS) {
            int j = fields.indexOf("," + k, start);
            if (j >= 0 && j < end && (fields.startsWith(k + "=", j + 1) || k.equals("global_oom")
                    && (j + 1 + k.length() == fields.length() || fields.charAt(j + 1 + k.length()) == ','))) {
                end = j;
            }
        }
        return fields.substring(start, end);
    }
}
