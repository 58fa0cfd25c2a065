package dev.mga.core.model.descheduler;

/**
 * What a descheduler log adds up to.
 *
 * @param cycles          descheduling cycles, including an unfinished last one that evicted something
 * @param evictions       real evictions
 * @param dryRunEvictions simulated evictions (dry run)
 * @param failures        failed evictions
 * @param notEvictable    pods the descheduler passed over because they fail its eviction checks
 *                        ({@code "Pod lacks an eviction annotation and fails the following checks"}, -v=4)
 * @param nodesProcessed  distinct nodes named by {@code "Processing node"} lines
 */
public record DeschedulerTotals(long cycles, long evictions, long dryRunEvictions, long failures, long notEvictable,
                                long nodesProcessed) {
}
