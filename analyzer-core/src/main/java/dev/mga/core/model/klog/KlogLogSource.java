package dev.mga.core.model.klog;

/**
 * Whose log it is, as its path says.
 *
 * @param namespace pod namespace ({@code namespaces/<ns>/pods/…}, {@code /var/log/pods/<ns>_…}), or ""
 * @param pod       pod name, or ""
 * @param container container name, or the unit of a node journal ({@code kubelet}, {@code crio}), or ""
 * @param component the component as a support engineer names it: {@code namespace/container}, the unit, or the file name
 * @param previous  true for the log of the previous container instance ({@code previous.log})
 * @param host      node named by the path, or ""
 */
public record KlogLogSource(String namespace, String pod, String container, String component, boolean previous,
                            String host) {
}
