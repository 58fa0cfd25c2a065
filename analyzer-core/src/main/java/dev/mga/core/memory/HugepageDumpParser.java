package dev.mga.core.memory;

import dev.mga.core.model.memory.HugepageCounter;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Parses hugetlb sysfs counters pasted as {@code path:value} ({@code grep -H . /sys/kernel/mm/hugepages/*}/*),
 * {@code path: value} (an {@code echo "$f: $(cat $f)"} loop), {@code ==> path <==} blocks ({@code head}),
 * or {@code name=value} ({@code for i in *; do echo -ne $i=; cat $i; done}) in the directory the last
 * {@code cd /sys/kernel/mm/hugepages/hugepages-<N>kB} line named: the page size and NUMA node come
 * from that path; or a prompt line reading one counter file ({@code $ cat …/hugepages-2048kB/free_hugepages})
 * followed by its value.
 */
public final class HugepageDumpParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String headPath = null;
        String directory = null;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null) {
                host = hostname;
                continue;
            }
            String cd = directory(lines.isPrompt() ? lines.command() : t); // 'cd …' typed at a prompt, or pasted bare
            if (cd != null) {
                directory = cd;
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (lines.isPrompt()) {
                headPath = catPath(lines.command()); // '$ cat …/free_hugepages': the value is on the next line
                continue;
            }
            if (!lines.isContent()) {
                continue; // the journal's own note
            }
            String path;
            String value;
            String[] named = directory == null ? null : nameValue(t);
            if (named != null) {
                path = directory + "/" + named[0];
                value = named[1];
            } else if (t.length() >= 8 && t.startsWith("==> ") && t.endsWith(" <==")) {
                headPath = t.substring(4, t.length() - 4);
                continue;
            } else if (headPath != null && !t.contains(":")) {
                path = headPath;
                value = t;
            } else {
                int colon = t.indexOf(':');
                path = colon < 0 ? t : t.substring(0, colon);
                value = colon < 0 ? "" : t.substring(colon + 1);
            }
            headPath = null;
            String at = host;
            String raw = line;
            Optional<HugepageCounter> c = HugepageCounter.place(path)
                    .flatMap(p -> HugepageCounter.of(at, p, value, input.location(n), raw));
            if (c.isEmpty() && named != null) {
                context.diagnostic(n, "not a hugepage counter of " + directory + " (expected 'name=value')");
            } else if (c.isEmpty()) {
                context.diagnostic(n, "not a hugepage counter"
                        + " (expected '/sys/…/hugepages/hugepages-<N>kB/<counter>: <value>')");
            } else {
                context.emit(c.get());
            }
        }
    }

    /**
     * The directory of a {@code cd /sys/kernel/mm/hugepages/hugepages-2048kB} line (also a NUMA node's
     * {@code /sys/devices/system/node/node0/hugepages/hugepages-2048kB}), without a trailing slash; null
     * for any other line.
     */
    static String directory(String stripped) {
        if (!stripped.startsWith("cd ") || stripped.indexOf("/hugepages/hugepages-") < 0) {
            return null;
        }
        String dir = stripped.substring(3).strip();
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return HugepageCounter.place(dir + "/nr_hugepages").isPresent() ? dir : null;
    }

    /**
     * The counter file a prompt line reads ({@code ubuntu@worker-1:~$ cat
     * /sys/devices/system/node/node0/hugepages/hugepages-1048576kB/free_hugepages}), or null.
     */
    static String catPath(String command) {
        List<String> words = Words.split(command);
        if (words.size() != 2 || !words.get(0).equals("cat")) {
            return null;
        }
        return HugepageCounter.place(words.get(1)).isPresent() ? words.get(1) : null;
    }

    /** {@code free_hugepages=9000} as {name, value}: a counter file's name (letters and _) and its value; else null. */
    static String[] nameValue(String stripped) {
        int eq = stripped.indexOf('=');
        if (eq <= 0 || eq == stripped.length() - 1) {
            return null;
        }
        for (int i = 0; i < eq; i++) {
            char c = stripped.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_')) {
                return null;
            }
        }
        return new String[] {stripped.substring(0, eq), stripped.substring(eq + 1)};
    }
}
