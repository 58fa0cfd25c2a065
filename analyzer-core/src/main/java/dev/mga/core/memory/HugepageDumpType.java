package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** Hugetlb sysfs counters pasted as {@code path:value} lines ({@code grep -H .}) or {@code head} blocks. */
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
        return "hugetlb sysfs counters as 'path: value' lines (grep -H . /sys/kernel/mm/hugepages/*/*) or head blocks";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of();
    }

    @Override
    public boolean sniff(ContentSample sample) {
        int counters = 0;
        for (String l : sample.nonBlankLines(20)) {
            String t = l.strip();
            if (LINE.matcher(t).matches()) {
                counters++;
            } else if (VALUE.matcher(t).matches()) {
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
