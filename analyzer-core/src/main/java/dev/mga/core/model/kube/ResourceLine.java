package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * A line of a resource file worth citing: {@code hugepages-1Gi: "0"} under a node's allocatable,
 * a container's request, an event's message.
 *
 * @param location where it is
 * @param excerpt  the line as captured (cut to 400 characters)
 */
public record ResourceLine(Location location, String excerpt) implements Located {
}
