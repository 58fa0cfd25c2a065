package dev.mga.core.model.kernel;

/**
 * The task the OOM killer killed: {@code Killed process <pid> (<comm>) total-vm:…kB, anon-rss:…kB, file-rss:…kB,
 * shmem-rss:…kB, UID:… pgtables:…kB oom_score_adj:…}. Sizes in KiB; -1 when the kernel did not print them.
 *
 * @param reaped true when an {@code oom_reaper: reaped process} line followed for this pid
 */
public record OomVictim(long pid, String command, long uid, long totalVmKb, long anonRssKb, long fileRssKb,
                        long shmemRssKb, long pgtablesKb, long oomScoreAdj, boolean reaped) {

    /** Resident memory the kill freed: anon + file + shmem RSS, in KiB (the parts printed). */
    public long rssKb() {
        return Math.max(0, anonRssKb) + Math.max(0, fileRssKb) + Math.max(0, shmemRssKb);
    }

    public OomVictim withReaped() {
        return new OomVictim(pid, command, uid, totalVmKb, anonRssKb, fileRssKb, shmemRssKb, pgtablesKb, oomScoreAdj, true);
    }
}
