package dev.mga.core.model.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/** One {@code /proc/vmstat} counter with its line. */
public record VmCounter(String name, long value, Location location, String excerpt) implements CapturedLine {
}
