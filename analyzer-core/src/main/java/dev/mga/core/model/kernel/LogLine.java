package dev.mga.core.model.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/** One line of a kernel log, citable as evidence: where it is and the line as captured. */
public record LogLine(Location location, String excerpt) implements CapturedLine {
}
