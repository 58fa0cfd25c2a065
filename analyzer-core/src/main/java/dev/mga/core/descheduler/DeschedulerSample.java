package dev.mga.core.descheduler;

import dev.mga.core.klog.KlogSample;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * How a descheduler log and a KubeDescheduler are recognised by content. A descheduler log is a
 * klog (or JSON) log holding one of the descheduler's own messages, in the structured form
 * (v0.20+), the printf form of older releases, or logged from one of its source files.
 */
final class DeschedulerSample {

    /** Text of descheduler lines: structured messages, printf messages (v0.4–v0.19), its files. */
    private static final List<String> SIGNATURE = List.of(
            "] \"Evicted pod", "] \"Number of evicted pods\"", "] \"Number of evictions/requests\"", "] \"Error evicting pod\"",
            "\"Pod lacks an eviction annotation and fails the following checks\"", "\"Pod fails the following checks\"",
            "] Evicted pod: \"",
            "] Evicted pod in dry run mode: \"", "] Error evicting pod: ", "] Error when evicting pod: \"",
            "is not evictable: Pod lacks an eviction annotation",
            "descheduler.go:", "lownodeutilization.go:", "pod_antiaffinity.go:", "toomanyrestarts.go:",
            "topologyspreadconstraint.go:", "defaultevictor.go:", "\"caller\":\"descheduler/", "\"caller\":\"evictions/");

    /** JSON messages of the descheduler (the JSON format keeps the message apart from its file). */
    private static final List<String> JSON_MESSAGES = List.of("\"msg\":\"Evicted pod", "\"msg\":\"Number of evicted pods\"",
            "\"msg\":\"Number of evictions/requests\"", "\"msg\":\"Error evicting pod\"",
            "\"msg\":\"Pod lacks an eviction annotation", "\"msg\":\"Pod fails the following checks\"");

    private DeschedulerSample() {
    }

    /** klog or JSON log lines, one of which is a descheduler line. */
    static boolean isLog(ContentSample sample) {
        boolean klog = KlogSample.looksLikeKlog(sample);
        if (!klog && !KlogSample.looksLikeJsonLog(sample)) {
            return false;
        }
        for (String l : sample.nonBlankLines(40)) {
            for (String m : klog ? SIGNATURE : JSON_MESSAGES) {
                if (l.contains(m)) {
                    return true;
                }
            }
            if (klog && l.startsWith("evictions.go:")) {
                return true; // a descheduler line pasted from its file:line on
            }
        }
        return false;
    }

    /** A YAML or JSON document that declares kind KubeDescheduler of operator.openshift.io. */
    static boolean isKubeDescheduler(ContentSample sample) {
        String t = sample.text();
        return t.contains("operator.openshift.io/")
                && (t.contains("kind: KubeDescheduler") || t.contains("\"kind\": \"KubeDescheduler\"")
                || t.contains("\"kind\":\"KubeDescheduler\""));
    }
}
