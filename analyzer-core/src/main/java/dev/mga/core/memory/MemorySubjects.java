package dev.mga.core.memory;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.memory.HugepagePool;
import dev.mga.core.model.memory.MemoryUsage;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subjects of the memory family. */
public final class MemorySubjects {

    private MemorySubjects() {
    }

    /** {@code memory.usage}: one item per host (MemoryUsage). */
    public static final class Usage implements FactSubject {
        @Override
        public String name() {
            return "memory.usage";
        }

        @Override
        public String description() {
            return "one host's memory: MemTotal, MemAvailable, Slab, SUnreclaim with their lines (MemoryUsage)";
        }

        @Override
        public Class<?> type() {
            return MemoryUsage.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return MemoryUsages.of(model);
        }
    }

    /** {@code hugepages.pool}: one item per host, NUMA node and page size (HugepagePool). */
    public static final class Pool implements FactSubject {
        @Override
        public String name() {
            return "hugepages.pool";
        }

        @Override
        public String description() {
            return "one host's (or NUMA node's) pool of one huge page size, joined from sysfs, meminfo, hugeadm"
                    + " and sysctl (HugepagePool)";
        }

        @Override
        public Class<?> type() {
            return HugepagePool.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return HugepagePools.of(model);
        }
    }
}
