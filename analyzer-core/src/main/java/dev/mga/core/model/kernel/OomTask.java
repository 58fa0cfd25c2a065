package dev.mga.core.model.kernel;

/**
 * One row of an OOM report's task table ({@code Tasks state (memory values in pages):}). Memory in pages,
 * {@code pgtablesBytes} in bytes; -1 for a column the kernel does not print ({@code rss_anon}, {@code rss_file},
 * {@code rss_shmem} appear in 6.x kernels).
 */
public record OomTask(long pid, long uid, long tgid, long totalVmPages, long rssPages, long rssAnonPages,
                      long rssFilePages, long rssShmemPages, long pgtablesBytes, long swapEntries, long oomScoreAdj,
                      String name) {
}
