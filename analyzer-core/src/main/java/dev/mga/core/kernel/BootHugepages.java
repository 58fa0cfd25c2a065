package dev.mga.core.kernel;

import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.parse.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The huge page pools a kernel command line asks for, as the kernel reads it (Documentation/admin-guide/
 * kernel-parameters.txt, mm/hugetlb.c): {@code hugepagesz=} names the size the next {@code hugepages=} fills;
 * a {@code hugepages=} before any {@code hugepagesz=} fills the default size ({@code default_hugepagesz=}, else the
 * architecture's, 2 MiB on x86); {@code hugepages=0:2,1:2} spreads the count over NUMA nodes.
 */
final class BootHugepages {

    /** x86-64's default huge page size. */
    static final long ARCH_DEFAULT = 2L << 20;

    private BootHugepages() {
    }

    /** Page size in bytes → pages asked for, in the order the arguments name them. */
    static Map<Long, Long> requested(KernelCommandLine cmd) {
        long defaultSize = ARCH_DEFAULT;
        for (String v : cmd.values("default_hugepagesz")) {
            long s = size(v);
            defaultSize = s > 0 ? s : defaultSize;
        }
        Map<Long, Long> out = new LinkedHashMap<>();
        long current = -1;
        for (String arg : cmd.arguments()) {
            if (arg.startsWith("hugepagesz=")) {
                current = size(arg.substring("hugepagesz=".length()));
            } else if (arg.startsWith("hugepages=")) {
                long pages = count(arg.substring("hugepages=".length()));
                long s = current > 0 ? current : defaultSize;
                if (pages >= 0 && s > 0) {
                    out.put(s, pages);
                }
            }
        }
        return out;
    }

    /** The arguments that set the pool of {@code size}, for citing ({@code hugepagesz=1G hugepages=2}). */
    static String arguments(KernelCommandLine cmd, long size) {
        List<String> out = new ArrayList<>();
        long current = -1;
        for (String arg : cmd.arguments()) {
            if (arg.startsWith("hugepagesz=")) {
                current = size(arg.substring("hugepagesz=".length()));
                if (current == size) {
                    out.add(arg);
                }
            } else if (arg.startsWith("hugepages=") && current == size) {
                out.add(arg);
            } else if (arg.startsWith("default_hugepagesz=") && size(arg.substring("default_hugepagesz=".length())) == size) {
                out.add(arg);
            }
        }
        return String.join(" ", out);
    }

    /** memparse: a number with an optional K, M, G, T suffix (binary); -1 when it is none. */
    static long size(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 20) {
            return -1;
        }
        int shift = switch (Character.toUpperCase(t.charAt(t.length() - 1))) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (digits.length() > 12 || Numbers.whole(digits) < 0) {
            return -1;
        }
        return Long.parseLong(digits) << shift;
    }

    /** {@code 64}, or the per-node form {@code 0:2,1:2} summed; -1 when it is neither. */
    static long count(String text) {
        long total = 0;
        for (String part : text.split(",")) {
            String n = part.contains(":") ? part.substring(part.indexOf(':') + 1) : part;
            if (n.length() > 12 || Numbers.whole(n) < 0) {
                return -1;
            }
            total += Long.parseLong(n);
        }
        return total;
    }
}
