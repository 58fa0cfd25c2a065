package dev.mga.core.model.memory;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * How a host's memory stands, from its meminfo (or {@code free} when no meminfo was captured):
 * the figures the memory rules judge, with the lines they come from.
 *
 * @param host                   node or host, or ""
 * @param source                 {@code meminfo} or {@code free}
 * @param totalBytes             MemTotal
 * @param availableBytes         MemAvailable (free: the {@code available} column), or -1
 * @param slabBytes              Slab, or -1
 * @param unreclaimableSlabBytes SUnreclaim, or -1
 * @param totalLine              the MemTotal line (or free's Mem row)
 * @param availableLine          the MemAvailable line (or free's Mem row), or null
 * @param slabLine               the SUnreclaim line, else the Slab line, or null
 * @param location               where the figures are
 */
public record MemoryUsage(String host, String source, long totalBytes, long availableBytes, long slabBytes,
                          long unreclaimableSlabBytes, CapturedLine totalLine, CapturedLine availableLine, CapturedLine slabLine,
                          Location location) implements Located {

    /** MemAvailable / MemTotal, or -1. */
    @JsonProperty("availableShare")
    public double availableShare() {
        return availableBytes < 0 || totalBytes <= 0 ? -1 : (double) availableBytes / totalBytes;
    }

    /** SUnreclaim / MemTotal, or -1. */
    @JsonProperty("unreclaimableShare")
    public double unreclaimableShare() {
        return unreclaimableSlabBytes < 0 || totalBytes <= 0 ? -1 : (double) unreclaimableSlabBytes / totalBytes;
    }

    /** Slab / MemTotal, or -1. */
    @JsonProperty("slabShare")
    public double slabShare() {
        return slabBytes < 0 || totalBytes <= 0 ? -1 : (double) slabBytes / totalBytes;
    }

    /** The lines to cite for MemAvailable: total and available. */
    @JsonProperty("availableEvidence")
    public List<CapturedLine> availableEvidence() {
        return availableLine == null || availableLine == totalLine ? List.of(totalLine) : List.of(totalLine, availableLine);
    }
}
