package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** A hugetlb sysfs counter file, global or per NUMA node, as a sosreport or must-gather copies it. */
public final class HugepageSysfsType implements ArtifactType {

    private final HugepageSysfsParser parser = new HugepageSysfsParser();

    @Override
    public String id() {
        return "memory.hugepages-sysfs";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "/sys/kernel/mm/hugepages/hugepages-<N>kB/* and /sys/devices/system/node/nodeN/hugepages/… counter files";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/sys/kernel/mm/hugepages/hugepages-*kB/*",
                "**/sys/devices/system/node/node*/hugepages/hugepages-*kB/*");
    }

    /**
     * An empty file is not a counter: sos copies the write-only {@code demote} file as 0 bytes. It is left
     * unrecognised rather than failed.
     */
    @Override
    public boolean accepts(ContentSample sample) {
        return sample.length() > 0;
    }

    /** One number alone says nothing of where it came from: only the path recognises these files. */
    @Override
    public boolean sniff(ContentSample sample) {
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
