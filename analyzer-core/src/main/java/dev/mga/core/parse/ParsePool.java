package dev.mga.core.parse;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parser workers of one analysis (issue 13), shared by the inputs it reads, and the memory
 * they may hold: a reader hands over entries of at most {@link #wholeEntryBytes()} bytes whole,
 * and waits while the entries handed over and not yet parsed hold more than the in-flight budget.
 * Larger entries stream through the reader's own thread, so the heap stays bounded whatever the
 * archive.
 */
public final class ParsePool implements AutoCloseable {

    /** Entries up to this size are read whole and parsed by a worker (a must-gather's pod logs are mostly a few MiB). */
    public static final long WHOLE_ENTRY_BYTES = 8L << 20;
    /** Bytes of entries read whole and not yet parsed, across the inputs of one analysis, at most. */
    public static final long IN_FLIGHT_BYTES = 64L << 20;
    /** What an entry costs beyond its bytes (its result, its task): bounds the count of tiny entries in flight. */
    static final int ENTRY_OVERHEAD = 1024;

    private final ExecutorService workers;
    private final long wholeEntryBytes;
    private final int budget;
    private final Semaphore inFlight;

    /**
     * @param workers         parser threads
     * @param wholeEntryBytes largest entry read whole (at most {@code inFlightBytes})
     * @param inFlightBytes   bytes of entries read whole and not parsed yet
     */
    public ParsePool(int workers, long wholeEntryBytes, long inFlightBytes) {
        if (workers < 1 || wholeEntryBytes < 0 || inFlightBytes > Integer.MAX_VALUE
                || wholeEntryBytes + ENTRY_OVERHEAD > inFlightBytes) {
            throw new IllegalArgumentException("workers " + workers + ", whole entries up to " + wholeEntryBytes
                    + " bytes, " + inFlightBytes + " bytes in flight");
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "mga-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.wholeEntryBytes = wholeEntryBytes;
        this.budget = (int) inFlightBytes;
        this.inFlight = new Semaphore(budget);
    }

    /**
     * The in-flight budget for a heap of {@code maxHeap} bytes: an eighth of it, between 8 MiB and
     * {@link #IN_FLIGHT_BYTES} (32 MiB under {@code -Xmx256m}).
     */
    public static long inFlightFor(long maxHeap) {
        return Math.max(8L << 20, Math.min(IN_FLIGHT_BYTES, maxHeap / 8));
    }

    /** The largest entry read whole under an in-flight budget: {@link #WHOLE_ENTRY_BYTES}, at most a quarter of it. */
    public static long wholeEntryFor(long inFlight) {
        return Math.min(WHOLE_ENTRY_BYTES, inFlight / 4);
    }

    public long wholeEntryBytes() {
        return wholeEntryBytes;
    }

    /** Waits until an entry of {@code size} bytes (at most {@link #wholeEntryBytes()}) may be held: the back-pressure. */
    void hold(long size) throws InterruptedIOException {
        try {
            inFlight.acquire(cost(size));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the parser workers");
        }
    }

    void release(long size) {
        inFlight.release(cost(size));
    }

    void execute(Runnable task) {
        workers.execute(task);
    }

    private static int cost(long size) {
        return (int) size + ENTRY_OVERHEAD;
    }

    /** Stops the workers; entries still queued are not parsed. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
