package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * One entry of {@code spec.profiles}, with its line for evidence.
 *
 * @param name     the profile name
 * @param location its line
 * @param excerpt  the line as captured
 */
public record KubeDeschedulerProfile(String name, Location location, String excerpt) implements Located {
}
