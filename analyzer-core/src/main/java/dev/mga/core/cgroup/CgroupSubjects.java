package dev.mga.core.cgroup;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.cgroup.CgroupMemory;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subjects of the cgroup family. */
public final class CgroupSubjects {

    private CgroupSubjects() {
    }

    /** {@code cgroup.memory}: one item per cgroup with captured memory files (CgroupMemory). */
    public static final class Memory implements FactSubject {
        @Override
        public String name() {
            return "cgroup.memory";
        }

        @Override
        public String description() {
            return "one cgroup's memory (limit, usage, peak, failcnt, limit events, OOM kills, pod and container),"
                    + " joined from its files (CgroupMemory)";
        }

        @Override
        public Class<?> type() {
            return CgroupMemory.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return CgroupMemories.of(model);
        }
    }
}
