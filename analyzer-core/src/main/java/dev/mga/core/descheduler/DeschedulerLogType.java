package dev.mga.core.descheduler;

import dev.mga.core.klog.KlogLogType;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * The descheduler's own log: the {@code descheduler} pod of the Kube Descheduler Operator in a
 * must-gather, or {@code oc logs} of it saved to a file (recognised by its messages).
 */
public final class DeschedulerLogType implements ArtifactType {

    private static final List<String> MESSAGES = List.of("] \"Evicted pod", "] \"Number of evicted pods\"",
            "] \"Number of evictions/requests\"", "] \"Error evicting pod\"", "descheduler.go:");

    private final DeschedulerLogParser parser = new DeschedulerLogParser();

    @Override
    public String id() {
        return "descheduler.log";
    }

    @Override
    public String family() {
        return "descheduler";
    }

    @Override
    public String description() {
        return "descheduler pod log (evictions, dry-run evictions, cycle totals, failures)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/namespaces/openshift-kube-descheduler-operator/pods/descheduler-*/descheduler/descheduler/logs/{current,previous}.log",
                "**/namespaces/*/pods/descheduler-*/descheduler/descheduler/logs/{current,previous}.log",
                "**/var/log/pods/*_descheduler-*/descheduler/*.log");
    }

    /** klog lines, one of which is a descheduler message. */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(40);
        if (!KlogLogType.looksLikeKlog(sample)) {
            return false;
        }
        for (String l : lines) {
            for (String m : MESSAGES) {
                if (l.contains(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Before the generic klog sniffer, which would also accept these logs. */
    @Override
    public int sniffPriority() {
        return 10;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
