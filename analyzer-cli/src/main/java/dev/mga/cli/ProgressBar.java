package dev.mga.cli;

import dev.mga.core.model.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, shown only when a terminal is attached and the
 * input is large enough for it to matter; otherwise the CLI stays quiet.
 */
final class ProgressBar implements ProgressListener {

    private static final long MIN_SIZE = 64L << 20;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when standard error is (most likely) a terminal, else null. */
    static ProgressBar forTerminal(PrintWriter err) {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"))
                ? new ProgressBar(err) : null;
    }

    @Override
    public void progress(String input, long done, long total) {
        if (total < MIN_SIZE) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int width = 30;
        int filled = (int) Math.min(width, width * done / Math.max(1, total));
        err.printf(Locale.ROOT, "\r[%s%s] %3d%% %s / %s  %s", "#".repeat(filled), ".".repeat(width - filled),
                100 * done / Math.max(1, total), mib(done), mib(total), shorten(input));
        err.flush();
    }

    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
    }
}
