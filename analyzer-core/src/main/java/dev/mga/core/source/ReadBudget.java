package dev.mga.core.source;

import dev.mga.core.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * What one input may still make the reader read, under the configured {@link Limits}: entries
 * admitted, bytes counted as they flow through guarded streams, and the compression ratio of each
 * decompressed layer. A limit reached becomes a diagnostic (once) or a {@link LimitExceededException}
 * whose scope says how much reading it ends.
 */
final class ReadBudget {

    private final Limits limits;
    private final BiConsumer<String, String> diagnostic;
    private long entries;
    private long totalBytes;
    private boolean entryLimitReported;
    private boolean totalLimitReported;

    /** @param diagnostic receives (entry path, message) for limits reached between entries */
    ReadBudget(Limits limits, BiConsumer<String, String> diagnostic) {
        this.limits = limits;
        this.diagnostic = diagnostic;
    }

    long entries() {
        return entries;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Counts one more entry; false (with a diagnostic the first time) when no more may be read. */
    boolean admit(String path) {
        if (entries >= limits.maxEntries()) {
            if (!entryLimitReported) {
                entryLimitReported = true;
                diagnostic.accept(path, "more than " + limits.maxEntries() + " entries (limit maxEntries): the rest of the input is not read");
            }
            return false;
        }
        if (totalBytes >= limits.maxTotalBytes()) {
            if (!totalLimitReported) {
                totalLimitReported = true;
                diagnostic.accept(path, "more than " + limits.maxTotalBytes()
                        + " bytes read (limit maxTotalBytes): the rest of the input is not read");
            }
            return false;
        }
        entries++;
        return true;
    }

    /** Counts a plain file given as the input itself. */
    void countFile() {
        entries++;
    }

    /** Limits one entry's bytes and counts them into the input's total. */
    InputStream entry(InputStream in) {
        return new MeteredInputStream(in) {
            private long last;

            @Override
            protected void onBytes(long total) throws IOException {
                totalBytes += total - last;
                last = total;
                if (total > limits.maxEntryBytes()) {
                    throw new LimitExceededException(LimitExceededException.Scope.ENTRY, "entry is larger than "
                            + limits.maxEntryBytes() + " bytes (limit maxEntryBytes): the rest of it is not read");
                }
                if (totalBytes > limits.maxTotalBytes()) {
                    throw new LimitExceededException(LimitExceededException.Scope.INPUT, "more than " + limits.maxTotalBytes()
                            + " bytes read (limit maxTotalBytes): the rest of the input is not read");
                }
            }
        };
    }

    /** Stops a decompressed stream that grows far beyond the stored bytes it came from. */
    InputStream ratio(InputStream decompressed, LongSupplier stored) {
        return new RatioGuard(decompressed, stored);
    }

    private final class RatioGuard extends MeteredInputStream {
        private final LongSupplier stored;
        private LimitExceededException tripped;

        RatioGuard(InputStream in, LongSupplier stored) {
            super(in);
            this.stored = stored;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (tripped != null) {
                throw tripped; // once a bomb, always a bomb: the container must not read on
            }
            return super.read(b, off, len);
        }

        @Override
        protected void onBytes(long produced) throws IOException {
            if (produced < limits.ratioGraceBytes()) {
                return;
            }
            long consumed = Math.max(1, stored.getAsLong());
            if (produced > limits.maxCompressionRatio() * consumed) {
                tripped = new LimitExceededException(LimitExceededException.Scope.LAYER, "expands more than "
                        + (long) limits.maxCompressionRatio() + " times (limit maxCompressionRatio; " + produced + " bytes from "
                        + consumed + "): looks like an archive bomb, the rest is not read");
                throw tripped;
            }
        }
    }
}
