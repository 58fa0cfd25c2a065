package dev.mga.core.model.cgroup;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/** One {@code key value} entry of a cgroup file ({@code oom_kill 1} of {@code memory.events}), with its line. */
public record CgroupCounter(String key, long value, Location location, String excerpt) implements CapturedLine {
}
