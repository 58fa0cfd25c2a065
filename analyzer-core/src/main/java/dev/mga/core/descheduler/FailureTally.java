package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.DeschedulerFailureGroup;
import dev.mga.core.model.klog.KlogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups failed evictions by cause. The causes are the descheduler's own errors
 * (pkg/descheduler/evictions/evictions.go: the per-node and per-namespace limits, "pod not found
 * when evicting", "error when evicting pod (ignoring)" for HTTP 429) and the API server's refusal
 * text for PodDisruptionBudgets ("Cannot evict pod as it would violate the pod's disruption budget").
 */
final class FailureTally {

    private static final int MAX_GROUPS = 200;
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int MAX_PODS = 10;

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final java.util.function.UnaryOperator<String> causeOf;
    private long total;

    /** Failed evictions, grouped by {@link #cause(String)}. */
    FailureTally() {
        this(FailureTally::cause);
    }

    /** Groups by {@code causeOf} the text of each. */
    FailureTally(java.util.function.UnaryOperator<String> causeOf) {
        this.causeOf = causeOf;
    }

    private static final class Group {
        final String cause;
        final String error;
        final KlogEntry first;
        long count;
        final List<String> pods = new ArrayList<>();

        Group(String cause, String error, KlogEntry first) {
            this.cause = cause;
            this.error = error;
            this.first = first;
        }
    }

    /** One failed eviction: its error text, the pod ("" when not said) and its line. */
    void add(String err, String pod, KlogEntry e) {
        total++;
        String cause = causeOf.apply(err);
        Group g = groups.get(cause);
        if (g == null) {
            if (groups.size() >= MAX_GROUPS) {
                return;
            }
            g = new Group(cause, err, e);
            groups.put(cause, g);
        }
        g.count++;
        if (!pod.isEmpty() && g.pods.size() < MAX_PODS && !g.pods.contains(pod)) {
            g.pods.add(pod);
        }
    }

    static String cause(String err) {
        String e = err.toLowerCase(Locale.ROOT);
        if (e.contains("disruption budget")) {
            return "PodDisruptionBudget";
        }
        if (e.contains("evicted pods per") && e.contains("node")) {
            return "per-node limit";
        }
        if (e.contains("evicted pods per") && e.contains("namespace")) {
            return "per-namespace limit";
        }
        if (e.contains("not found")) {
            return "pod not found";
        }
        if (e.contains("too many requests") || e.contains("(ignoring)")) {
            return "too many requests";
        }
        if (e.isBlank()) {
            return "no error text";
        }
        String blanked = DIGITS.matcher(QUOTED.matcher(e).replaceAll("\"…\"")).replaceAll("#");
        return blanked.length() > 120 ? blanked.substring(0, 120) : blanked;
    }

    long total() {
        return total;
    }

    List<DeschedulerFailureGroup> groups() {
        return groups.values().stream()
                .sorted((a, b) -> Long.compare(b.count, a.count))
                .map(g -> new DeschedulerFailureGroup(g.cause, g.error, g.count, g.pods, g.first.location(), g.first.excerpt()))
                .toList();
    }
}
