package dev.mga.core.klog;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * A Kubernetes component's log in klog form: must-gather pod logs, the node's CRI container logs,
 * or {@code oc logs} output saved to a file, in any envelope the analyzer removes (journald, docker
 * json-file, {@code --prefix}, quoting, a prompt above it).
 */
public final class KlogLogType implements ArtifactType {

    private final KlogLogParser parser = new KlogLogParser();

    @Override
    public String id() {
        return "klog.log";
    }

    @Override
    public String family() {
        return "klog";
    }

    @Override
    public String description() {
        return "Kubernetes component log (klog text or JSON format; oc logs, must-gather pod logs, CRI logs)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/namespaces/*/pods/*/*/*/logs/{current,previous}.log",
                "**/namespaces/*/pods/*/*/*/logs/{current,previous}.insecure.log",
                "**/var/log/pods/*/*/*.log", "**/var/log/containers/*.log");
    }

    /** Most of the first non-blank lines are klog headers. */
    @Override
    public boolean sniff(ContentSample sample) {
        return looksLikeKlog(sample);
    }

    /**
     * A pod log path is shared by every container, klog-speaking or not: claim it only when some
     * of its first lines are klog headers or JSON log lines. Plain application logs and empty
     * logs stay unknown instead of failing to parse.
     */
    @Override
    public boolean accepts(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(20);
        return klogShare(lines) >= 0.3 || jsonShare(lines) >= 0.6;
    }

    /** The share of lines that look like JSON log records (a "msg" field); the sample's lines are out of their envelopes. */
    static double jsonShare(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int json = 0;
        for (String l : lines) {
            if (l.startsWith("{") && l.contains("\"msg\"")) {
                json++;
            }
        }
        return (double) json / lines.size();
    }

    /** True when most of the first non-blank lines are klog headers; shared with the descheduler log type. */
    public static boolean looksLikeKlog(ContentSample sample) {
        return klogShare(sample.nonBlankLines(10)) >= 0.6;
    }

    /**
     * The share of lines that are klog headers (the sample's lines are out of their envelopes and
     * without prompt lines), not counting the indented lines that continue an entry.
     */
    static double klogShare(List<String> lines) {
        int klog = 0;
        int counted = 0;
        for (String l : lines) {
            counted++;
            if (KlogReader.header(l) > 0) {
                klog++;
            } else if (l.startsWith("\t") || l.startsWith(" >")) {
                counted--; // a multi-line value of the entry above
            }
        }
        return counted == 0 ? 0 : (double) klog / counted;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
