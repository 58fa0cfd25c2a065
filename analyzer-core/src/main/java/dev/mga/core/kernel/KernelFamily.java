package dev.mga.core.kernel;

import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kernel family: the kernel's own log (OOM kills, the boot command line, HugeTLB's boot-time pools) and
 * {@code /proc/cmdline}. Paths cite the sos plugin or must-gather script that writes them
 * (docs/must-gather-layouts.md).
 */
public final class KernelFamily implements ArtifactFamily {

    /** Where kernel logs sit in captures. */
    static final String[] LOG_PATHS = {
        "**/sos_commands/kernel/dmesg",            // sos kernel.py: add_cmd_output("dmesg")
        "**/sos_commands/kernel/dmesg_-T",         // sos kernel.py: add_cmd_output("dmesg -T") (upstream, after 4.0)
        "**/var/log/dmesg",                        // sos kernel.py: add_copy_spec("/var/log/dmesg")
        "**/var/log/messages*",                    // sos logs.py: "/var/log/messages*"
        "**/var/log/kern.log*",                    // sos logs.py: "/var/log/kern.log*"
        "**/var/log/syslog*",                      // sos logs.py: "/var/log/syslog*"
        "**/sos_commands/logs/journalctl_--no-pager*", // sos logs.py add_journal: full, --boot, --boot -1
        "**/nodes/*/dmesg",                        // must-gather gather_ppc_single_node:16 (oc exec … dmesg)
        "**/namespaces/*/pods/*/dmesg",            // must-gather gather_sriov:95,116 (journalctl -k per config daemon)
        "**/dmesg", "**/dmesg*.txt", "**/dmesg*.log", "**/journalctl*-k*.txt", "**/journalctl*--dmesg*", "**/kern.log"
    };

    /** Where the kernel command line sits. */
    static final String[] CMDLINE_PATHS = {
        "**/proc/cmdline",                         // sos kernel.py: add_copy_spec("/proc/cmdline"); ghw snapshot in sysinfo.tgz
        "**/nodes/*/proc_cmdline",                 // must-gather gather_ppc_single_node:15
        "**/namespaces/*/pods/*/kernel-cmdline",   // must-gather gather_sriov:93,106
        "**/cmdline.txt", "**/proc-cmdline.txt"
    };

    private static final Pattern DMESG_LINE = Pattern.compile("^(?:\\[\\s*\\d{1,10}\\.\\d{1,9}\\]"
            + "|\\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} \\d{4}\\]"
            + "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},\\d{6}[+-]\\d{2}:\\d{2}) ");
    private static final Pattern SYSLOG_LINE = Pattern.compile("^(?:[A-Z][a-z]{2} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?"
            + "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?) \\S{1,255} ([^\\s:\\[]{1,64})(?:\\[\\d{1,10}\\])?: ");
    private static final Set<String> CMDLINE_KEYS = Set.of("BOOT_IMAGE", "root", "ostree", "console", "hugepages",
            "hugepagesz", "default_hugepagesz", "slub_debug", "systemd.unified_cgroup_hierarchy", "ignition.platform.id");

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("kernel.log")
                        .describedAs("kernel log: dmesg (plain, -T, --time-format iso), journalctl -k, /var/log/messages"
                                + " or kern.log: OOM kills, the boot command line, HugeTLB boot pools")
                        .paths(LOG_PATHS)
                        .accepts(KernelFamily::logLines)
                        .sniffer(KernelFamily::kernelLog)
                        .sniffPriority(3)
                        .parser(new KernelLogParser())
                        .build(),
                ArtifactType.declare("kernel.cmdline")
                        .describedAs("/proc/cmdline: the kernel's boot arguments (hugepages, slub_debug, ...)")
                        .paths(CMDLINE_PATHS)
                        .accepts(sample -> !sample.isBinary() && sample.length() > 0)
                        .sniffer(KernelFamily::commandLine)
                        .parser(new KernelCmdlineParser())
                        .build());
    }

    /** Mostly dmesg or syslog lines (of any program: a messages file may open with others than the kernel). */
    static boolean logLines(ContentSample sample) {
        if (sample.isBinary()) {
            return false;
        }
        List<ContentSample.Line> lines = contentLines(sample, 20);
        long prefixed = lines.stream().filter(l -> l.envelope().has(Envelope.JOURNAL) || DMESG_LINE.matcher(l.text()).lookingAt()
                || SYSLOG_LINE.matcher(l.text()).lookingAt() || l.text().startsWith(" ")).count();
        return !lines.isEmpty() && prefixed * 2 >= lines.size();
    }

    /** Loose text: most lines are the kernel's, or an OOM report's own lines are there. */
    static boolean kernelLog(ContentSample sample) {
        if (sample.isBinary()) {
            return false;
        }
        String text = sample.text();
        if (text.contains(" invoked oom-killer: gfp_mask=") || text.contains("oom-kill:constraint=")
                || text.contains("Memory cgroup out of memory: Killed process")) {
            return true;
        }
        List<ContentSample.Line> lines = contentLines(sample, 20);
        long kernel = 0;
        for (ContentSample.Line l : lines) {
            if (l.envelope().has(Envelope.JOURNAL)) {
                // the envelope layer removed the journald prefix: its identifier says whose line it is
                kernel += l.envelope().identifier().equals("kernel") ? 1 : 0;
                continue;
            }
            var m = SYSLOG_LINE.matcher(l.text());
            if (DMESG_LINE.matcher(l.text()).lookingAt() || m.lookingAt() && m.group(1).equals("kernel")) {
                kernel++;
            }
        }
        return lines.size() >= 3 && kernel * 4 >= lines.size() * 3;
    }

    /** The first {@code max} lines of the sample that are content and not blank, with their envelopes. */
    private static List<ContentSample.Line> contentLines(ContentSample sample, int max) {
        List<ContentSample.Line> out = new ArrayList<>();
        for (ContentSample.Line l : sample.all()) {
            if (l.complete() && l.envelope().content() && !l.text().isBlank()) {
                out.add(l);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    /** One line of boot arguments naming a key only a kernel command line has. */
    static boolean commandLine(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(3);
        if (lines.size() != 1 || sample.isBinary() || lines.get(0).length() > 4096) {
            return false;
        }
        int keys = 0;
        for (String word : Words.split(lines.get(0))) {
            int eq = word.indexOf('=');
            if (CMDLINE_KEYS.contains(eq < 0 ? word : word.substring(0, eq))) {
                keys++;
            }
        }
        return keys >= 2;
    }
}
