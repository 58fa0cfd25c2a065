package dev.mga.core.model.kernel;

import java.util.List;

/**
 * The allocation that invoked the OOM killer: {@code <comm> invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0,
 * oom_score_adj=0} and the {@code CPU: … PID: … Comm: … <release>} line after it.
 *
 * @param command       the task that asked for memory (not necessarily the victim)
 * @param pid           its pid (from the {@code CPU:} line), or -1
 * @param gfpMask       the allocation flags as hex ({@code 0xcc0})
 * @param gfpFlags      their names ({@code GFP_KERNEL}, {@code __GFP_COMP}), when printed
 * @param order         the allocation order (0 = one page; 9 = a 2 MiB block on x86)
 * @param oomScoreAdj   the asking task's oom_score_adj
 * @param kernelRelease the kernel release of the {@code CPU:} line ({@code 6.1.0-57-amd64}), or ""
 */
public record OomTrigger(String command, long pid, String gfpMask, List<String> gfpFlags, int order, long oomScoreAdj,
                         String kernelRelease) {

    public OomTrigger {
        gfpFlags = List.copyOf(gfpFlags);
    }
}
