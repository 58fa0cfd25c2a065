package dev.mga.core.model;

/**
 * Told how far the reading of an input has come, measured on the bytes of the input file as
 * stored (compressed). Called from the analysing thread; must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (input, done, total) -> { };

    /**
     * @param input the input being read
     * @param done  bytes of the stored input consumed so far
     * @param total size of the stored input, or -1 when unknown (directories)
     */
    void progress(String input, long done, long total);
}
