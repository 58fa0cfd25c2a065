package dev.mga.core.model.kernel;

/** {@code Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB} of a global OOM report. */
public record OomHugepages(int node, long total, long free, long surplus, long pageSizeKb) {
}
