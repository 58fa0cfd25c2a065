package dev.mga.core.model.cgroup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pod and container a cgroup path names, as the kubelet lays its cgroups out: with the systemd
 * driver {@code /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod<uid, '-' → '_'>.slice/crio-<id>.scope}
 * (also {@code cri-containerd-<id>.scope}, {@code docker-<id>.scope}; guaranteed pods sit directly under
 * {@code kubepods.slice}), with the cgroupfs driver {@code /kubepods/burstable/pod<uid>/<id>}. Anything
 * may stand before {@code kubepods} (a node inside an LXC container, a v1 controller directory).
 *
 * @param podUid      the pod's UID with its dashes, as the API shows it
 * @param containerId the container's 64-hex id, or "" for a pod-level cgroup
 * @param runtime     {@code crio}, {@code cri-containerd}, {@code docker}, {@code crio-conmon}, or "" (cgroupfs driver or pod level)
 * @param qosClass    {@code Guaranteed}, {@code Burstable} or {@code BestEffort}
 */
public record PodCgroup(String podUid, String containerId, String runtime, String qosClass) {

    private static final Pattern SYSTEMD = Pattern.compile(
            "(?:^|/)kubepods\\.slice(?:/kubepods-(burstable|besteffort)\\.slice)?/kubepods-(?:(?:burstable|besteffort)-)?pod"
                    + "([0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12})\\.slice"
                    + "(?:/(crio-conmon|crio|cri-containerd|docker)-([0-9a-f]{64})\\.scope)?(?:/|$)");
    private static final Pattern CGROUPFS = Pattern.compile(
            "(?:^|/)kubepods(?:/(burstable|besteffort))?/pod([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
                    + "(?:/([0-9a-f]{64}))?(?:/|$)");

    /** The pod (and container) the path names, or empty when it is not a pod's cgroup. */
    public static Optional<PodCgroup> of(String cgroupPath) {
        if (cgroupPath == null || cgroupPath.length() > 4096) {
            return Optional.empty();
        }
        Matcher m = SYSTEMD.matcher(cgroupPath);
        if (m.find()) {
            return Optional.of(new PodCgroup(m.group(2).replace('_', '-'), orEmpty(m.group(4)), orEmpty(m.group(3)),
                    qos(m.group(1))));
        }
        m = CGROUPFS.matcher(cgroupPath);
        if (m.find()) {
            return Optional.of(new PodCgroup(m.group(2), orEmpty(m.group(3)), "", qos(m.group(1))));
        }
        return Optional.empty();
    }

    /** True when the cgroup is one container's, not the pod's. */
    public boolean isContainer() {
        return !containerId.isEmpty();
    }

    /** {@code pod <uid>} or {@code pod <uid> container <first 12 of the id>}. */
    public String describe() {
        return "pod " + podUid + (containerId.isEmpty() ? "" : " container " + containerId.substring(0, 12));
    }

    private static String qos(String tier) {
        return tier == null ? "Guaranteed" : tier.equals("burstable") ? "Burstable" : "BestEffort";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
