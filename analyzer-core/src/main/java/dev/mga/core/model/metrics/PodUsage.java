package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;

/**
 * One row of {@code oc adm top pod} / {@code kubectl top pod}: a pod, or one container of a pod with
 * {@code --containers}.
 *
 * @param namespace the NAMESPACE column ({@code -A}) or {@code -n}, "" when neither says
 * @param pod       the pod
 * @param container the container ({@code --containers}), "" for a pod row
 * @param cpu       CPU in use
 * @param memory    memory in use
 * @param location  the row
 * @param excerpt   the row as captured
 */
public record PodUsage(String namespace, String pod, String container, Quantity cpu, Quantity memory,
                       Location location, String excerpt) implements Located {
}
