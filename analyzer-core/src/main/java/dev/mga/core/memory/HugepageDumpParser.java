package dev.mga.core.memory;

import dev.mga.core.model.memory.HugepageCounter;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.Optional;

/**
 * Parses hugetlb sysfs counters pasted as {@code path:value} ({@code grep -H . /sys/kernel/mm/hugepages/*}/*),
 * {@code path: value} (an {@code echo "$f: $(cat $f)"} loop) or {@code ==> path <==} blocks ({@code head}).
 */
public final class HugepageDumpParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String headPath = null;
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
                continue;
            }
            String path;
            String value;
            if (t.length() >= 8 && t.startsWith("==> ") && t.endsWith(" <==")) {
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
            if (c.isEmpty()) {
                context.diagnostic(n, "not a hugepage counter"
                        + " (expected '/sys/…/hugepages/hugepages-<N>kB/<counter>: <value>')");
            } else {
                context.emit(c.get());
            }
        }
    }
}
