package dev.mga.core.model.kernel;

/**
 * One zone of a global OOM report's {@code Mem-Info:} section: {@code Node 0 DMA32 free:1472kB boost:0kB
 * min:1644kB … managed:200120kB …}. KiB; -1 when not printed.
 */
public record OomZone(int node, String zone, long freeKb, long minKb, long managedKb) {
}
