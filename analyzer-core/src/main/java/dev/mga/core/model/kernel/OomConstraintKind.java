package dev.mga.core.model.kernel;

/**
 * What bounded the memory the OOM killer had to free ({@code enum oom_constraint} in the kernel's
 * mm/oom_kill.c, printed as {@code oom-kill:constraint=CONSTRAINT_…}).
 */
public enum OomConstraintKind {
    /** The whole machine (or NUMA-less node) ran out: a global OOM. */
    NONE,
    /** The task's cpuset allowed too few memory nodes. */
    CPUSET,
    /** A NUMA memory policy (mbind, set_mempolicy) allowed too few nodes. */
    MEMORY_POLICY,
    /** A memory cgroup reached its limit: a container's or a pod's. */
    MEMCG,
    /** The report did not say (an older kernel, or the line was not captured). */
    UNKNOWN;

    /** {@code CONSTRAINT_MEMCG} → {@link #MEMCG}; anything else unknown. */
    public static OomConstraintKind fromKernel(String text) {
        return switch (text) {
            case "CONSTRAINT_NONE" -> NONE;
            case "CONSTRAINT_CPUSET" -> CPUSET;
            case "CONSTRAINT_MEMORY_POLICY" -> MEMORY_POLICY;
            case "CONSTRAINT_MEMCG" -> MEMCG;
            default -> UNKNOWN;
        };
    }
}
