package dev.mga.core.klog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a container log's path says about it: the must-gather layout
 * {@code namespaces/<ns>/pods/<pod>/<container>/<container>/logs/{current,previous}.log}, the node's
 * {@code /var/log/pods/<ns>_<pod>_<uid>/<container>/<n>.log} and
 * {@code /var/log/containers/<pod>_<ns>_<container>-<id>.log}, and the node journals of a must-gather
 * ({@code host_service_logs/<role>/<unit>_service.log}, {@code nodes/<node>/<node>_logs_kubelet}), where
 * the unit is the container.
 *
 * @param namespace "" when the path does not say
 * @param pod       "" when the path does not say
 * @param container "" when the path does not say
 * @param previous  the previous instance's log
 */
public record PodLogPath(String namespace, String pod, String container, boolean previous) {

    private static final Pattern MUST_GATHER = Pattern.compile(
            "(?:^|/)namespaces/([^/]+)/pods/([^/]+)/([^/]+)/[^/]+/logs/(current|previous|rotated/\\d+\\.log\\.\\d{8}-\\d{6})"
                    + "(?:\\.insecure\\.log|\\.log)?(?:\\.gz)?$");
    /** A node journal: host_service_logs/<role>/<unit>_service.log, nodes/<node>/<node>_logs_kubelet[.gz]. */
    private static final Pattern SERVICE_LOG = Pattern.compile("(?:^|/)host_service_logs/[^/]+/([^/]+)_service\\.log$");
    private static final Pattern NODE_KUBELET = Pattern.compile("(?:^|/)nodes/[^/]+/[^/]+_logs_(kubelet)(?:\\.gz)?$");
    private static final Pattern VAR_LOG_PODS = Pattern.compile("(?:^|/)var/log/pods/([^_/]+)_([^_/]+)_[^/]+/([^/]+)/\\d+\\.log$");
    private static final Pattern VAR_LOG_CONTAINERS = Pattern.compile(
            "(?:^|/)var/log/containers/([^_/]+)_([^_/]+)_(.+)-[0-9a-f]{64}\\.log$");

    public static PodLogPath of(String path) {
        Matcher m = MUST_GATHER.matcher(path);
        if (m.find()) {
            return new PodLogPath(m.group(1), m.group(2), m.group(3), m.group(4).equals("previous"));
        }
        m = SERVICE_LOG.matcher(path);
        if (m.find()) {
            return new PodLogPath("", "", m.group(1), false);
        }
        m = NODE_KUBELET.matcher(path);
        if (m.find()) {
            return new PodLogPath("", "", m.group(1), false);
        }
        m = VAR_LOG_PODS.matcher(path);
        if (m.find()) {
            return new PodLogPath(m.group(1), m.group(2), m.group(3), false);
        }
        m = VAR_LOG_CONTAINERS.matcher(path);
        if (m.find()) {
            return new PodLogPath(m.group(2), m.group(1), m.group(3), false);
        }
        return new PodLogPath("", "", "", false);
    }

    /** {@code namespace/container}, or {@code fallback} when the path named neither. */
    public String component(String fallback) {
        if (container.isEmpty()) {
            return fallback;
        }
        return namespace.isEmpty() ? container : namespace + "/" + container;
    }
}
