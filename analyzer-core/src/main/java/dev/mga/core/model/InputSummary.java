package dev.mga.core.model;

import java.util.List;

/**
 * What was read of one input.
 *
 * @param name          the input, as the user named it
 * @param kind          {@code directory}, {@code archive} or {@code file}
 * @param readable      false when nothing at all could be read from it
 * @param bytesRead     uncompressed bytes read from all its entries
 * @param entries       file entries seen (nested archives included)
 * @param parsed        entries parsed
 * @param failed        entries recognised but not parsed
 * @param skipped       entries skipped (links, limits)
 * @param unknown       entries not recognised
 * @param empty         entries of 0 bytes (counted whatever became of them)
 * @param unknownSample a few of the unrecognised entry paths, to help spot a missed artifact
 * @param completeness  whether all of it was read, and why not
 * @param capture       what the capture says about itself (time, cluster, root folder)
 */
public record InputSummary(String name, String kind, boolean readable, long bytesRead, long entries,
                           long parsed, long failed, long skipped, long unknown, long empty, List<String> unknownSample,
                           Completeness completeness, CaptureFacts capture) {

    public InputSummary {
        unknownSample = List.copyOf(unknownSample);
    }
}
