package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hugetlb sysfs counters pasted as {@code path:value} lines ({@code grep -H .}), {@code head} blocks, or
 * {@code name=value} lines printed in the directory a {@code cd} line names, or {@code $ cat <counter file>}
 * prompts each followed by its value.
 */
public final class HugepageDumpType implements ArtifactType {

    private static final Pattern VALUE = Pattern.compile("\\d+\\s*(?:kB)?");
    private static final Pattern LINE = Pattern.compile("^(?:==> )?\\S*/hugepages/hugepages-\\d+kB/\\w+(?::\\s*\\S+| <==)$");

    private final HugepageDumpParser parser = new HugepageDumpParser();

    @Override
    public String id() {
        return "memory.hugepages-dump";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "hugetlb sysfs counters as 'path: value' lines (grep -H . /sys/kernel/mm/hugepages/*/*), head blocks,"
                + " 'name=value' lines after 'cd /sys/kernel/mm/hugepages/hugepages-<N>kB', or '$ cat <counter file>' + value";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of();
    }

    @Override
    public boolean sniff(ContentSample sample) {
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
            if (!prompt && LINE.matcher(t).matches() || !prompt && inDirectory && HugepageDumpParser.nameValue(t) != null
                    || prompt && HugepageDumpParser.catPath(l) != null) {
                counters++;
            } else if (counters == 0 && HugepageDumpParser.directory(t) != null) {
                inDirectory = true;
            } else if (counters == 0 && prompt || !prompt && VALUE.matcher(t).matches()) {
                continue;
            } else {
                return false;
            }
        }
        return counters > 0;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
