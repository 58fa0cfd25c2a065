package dev.mga.core.descheduler;

import java.util.regex.Pattern;

/**
 * The workload a pod belongs to, from its name alone (the descheduler log names pods, not owners).
 * Controllers name pods {@code <owner>-<5 random characters>} from Kubernetes' safe alphabet
 * (k8s.io/apimachinery {@code util/rand}: no vowels, no 0 1 3), so a Deployment's pod
 * {@code console-7bc65f7dd9-q57lr} belongs to ReplicaSet {@code console-7bc65f7dd9}; StatefulSet pods
 * end in their ordinal. A bare pod is its own workload.
 */
public final class Workloads {

    private static final Pattern RANDOM_SUFFIX = Pattern.compile("-[bcdfghjklmnpqrstvwxz2456789]{5}$");
    private static final Pattern ORDINAL = Pattern.compile("-\\d+$");

    private Workloads() {
    }

    /** {@code console-7bc65f7dd9} for {@code console-7bc65f7dd9-q57lr}; {@code web} for {@code web-0}. */
    public static String ownerOf(String podName) {
        String owner = RANDOM_SUFFIX.matcher(podName).replaceFirst("");
        if (!owner.equals(podName) && !owner.isEmpty()) {
            return owner;
        }
        owner = ORDINAL.matcher(podName).replaceFirst("");
        return owner.isEmpty() ? podName : owner;
    }
}
