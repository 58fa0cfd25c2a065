package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.model.klog.KlogEntry;
import dev.mga.core.model.klog.KubeletEviction;
import dev.mga.core.model.klog.KubeletEvictions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kubelet eviction manager's lines as a log streams by. Structured messages of
 * k8s.io/kubernetes {@code pkg/kubelet/eviction/eviction_manager.go} (1.21+): {@code "Eviction manager:
 * attempting to reclaim" resourceName="memory"}, {@code "… must evict pod(s) to reclaim"},
 * {@code "… pod is evicted successfully" pod="ns/name"}, {@code "… pod failed to evict"},
 * {@code "… cannot evict a critical pod"}; and the printf form of older kubelets
 * ({@code eviction manager: attempting to reclaim ephemeral-storage}, {@code eviction manager: must
 * evict pod(s) to reclaim ephemeral-storage}). Bounded: 50 pods kept, the rest counted.
 */
final class KubeletEvictionsBuilder implements Consumer<KlogLine> {

    static final int MAX_PODS = 50;
    private static final int MAX_RESOURCES = 20;
    private static final byte[] FILE = "eviction_manager.go".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PRINTF_RECLAIM = Pattern.compile(
            "^eviction manager: (attempting to reclaim|must evict pod\\(s\\) to reclaim) (\\S+)$");

    private long reclaims;
    private long mustEvict;
    private long evictions;
    private long failures;
    private final Set<String> resources = new LinkedHashSet<>();
    private final List<KubeletEviction> pods = new ArrayList<>();
    private String resource = "";
    private String firstTime = "";
    private String lastTime = "";
    private Location location;
    private String excerpt = "";

    /** True for the source file whose INFO lines this builder reads (checked on the bytes of every INFO line). */
    static boolean isEvictionManager(byte[] b, int from, int to) {
        if (to - from != FILE.length) {
            return false;
        }
        for (int i = 0; i < FILE.length; i++) {
            if (b[from + i] != FILE[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void accept(KlogLine line) {
        if (!line.messageStartsWith("Eviction manager: ") && !line.messageStartsWith("eviction manager: ")) {
            return;
        }
        KlogEntry e = line.toEntry();
        String m = e.message();
        if (m.equals("Eviction manager: attempting to reclaim") || m.equals("Eviction manager: must evict pod(s) to reclaim")) {
            reclaim(e, e.field("resourceName"), m.endsWith("attempting to reclaim"));
        } else if (m.equals("Eviction manager: pod is evicted successfully")) {
            pod(e, true);
        } else if (m.equals("Eviction manager: pod failed to evict") || m.equals("Eviction manager: cannot evict a critical pod")) {
            pod(e, false);
        } else {
            Matcher p = PRINTF_RECLAIM.matcher(m);
            if (p.find()) {
                reclaim(e, p.group(2), p.group(1).startsWith("attempting"));
            }
        }
    }

    private void reclaim(KlogEntry e, String what, boolean attempt) {
        if (attempt) {
            reclaims++;
        } else {
            mustEvict++;
        }
        resource = what;
        if (!what.isEmpty() && resources.size() < MAX_RESOURCES) {
            resources.add(what);
        }
        seen(e);
    }

    private void pod(KlogEntry e, boolean evicted) {
        if (evicted) {
            evictions++;
        } else {
            failures++;
        }
        if (pods.size() < MAX_PODS) {
            pods.add(new KubeletEviction(e.field("pod"), resource, evicted, e.time(), e.location(), e.excerpt()));
        }
        seen(e);
    }

    private void seen(KlogEntry e) {
        if (location == null) {
            location = e.location();
            excerpt = e.excerpt();
            firstTime = e.time();
        }
        lastTime = e.time();
    }

    boolean isEmpty() {
        return location == null;
    }

    KubeletEvictions build(String host, String component) {
        return new KubeletEvictions(host, component, reclaims, new ArrayList<>(resources), mustEvict, evictions, failures,
                pods, firstTime, lastTime, location, excerpt);
    }
}
