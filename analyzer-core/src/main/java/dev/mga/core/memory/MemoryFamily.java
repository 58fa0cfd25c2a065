package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** The memory family: a host's memory: meminfo, free, top, smaps, status, hugepages, sysctl. */
public final class MemoryFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                new MeminfoType(),
                new FreeType(),
                new TopType(),
                new SmapsType(),
                new ProcessStatusType(),
                new HugepageSysfsType(),
                new HugepageDumpType(),
                new SysctlType(),
                new HugeadmType(),
                new HugepageSizesType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new MemorySubjects.Usage(), new MemorySubjects.Pool());
    }
}
