package dev.mga.core.model.kernel;

/**
 * The {@code oom-kill:} line of an OOM report (kernel 4.19 and later), or the older
 * {@code Task in <task_memcg> killed as a result of limit of <oom_memcg>} line.
 *
 * @param kind        what bounded the memory
 * @param nodemask    the allocation's nodemask ({@code (null)} when any node would do), or ""
 * @param cpuset      the last path component of the victim's cpuset cgroup, or ""
 * @param memsAllowed the memory nodes the victim may use ({@code 0}, {@code 0-1}), or ""
 * @param oomMemcg    the cgroup whose limit was hit (memcg OOM), or ""
 * @param taskMemcg   the victim's own memory cgroup, or ""
 * @param globalOom   true when the line says {@code global_oom}
 */
public record OomConstraint(OomConstraintKind kind, String nodemask, String cpuset, String memsAllowed, String oomMemcg,
                            String taskMemcg, boolean globalOom) {

    public static final OomConstraint UNKNOWN = new OomConstraint(OomConstraintKind.UNKNOWN, "", "", "", "", "", false);

    /** The cgroup the kill is about: the one whose limit was hit, else the victim's. */
    public String cgroup() {
        return !oomMemcg.isEmpty() ? oomMemcg : taskMemcg;
    }
}
