package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * Failed evictions ({@code "Error evicting pod" err=…}) that share one cause.
 *
 * @param cause      what went wrong, in a few words: {@code PodDisruptionBudget},
 *                   {@code per-node limit}, {@code per-namespace limit}, {@code pod not found}, or
 *                   the error text with pod names and numbers blanked out
 * @param error      the first error text as logged
 * @param count      failures with this cause
 * @param samplePods some of the pods (namespace/name), at most 10
 * @param location   the first failure
 * @param excerpt    that line
 */
public record DeschedulerFailureGroup(String cause, String error, long count, List<String> samplePods,
                                      Location location, String excerpt) implements Located {

    public DeschedulerFailureGroup {
        samplePods = List.copyOf(samplePods);
    }
}
