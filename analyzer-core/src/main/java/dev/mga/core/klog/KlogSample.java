package dev.mga.core.klog;

import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * How a component log is recognised from its first lines: klog headers (whole, or pasted from
 * their {@code file.go:N]} on), or lines of the JSON logging format ({@code --logging-format=json}).
 * Shared by the klog and descheduler types. The sample's lines are out of their envelopes (journald,
 * RFC 3339/CRI, docker json-file, {@code --prefix}, quoting) and without prompt lines.
 */
public final class KlogSample {

    private KlogSample() {
    }

    /** Most of the first non-blank lines are klog headers. */
    public static boolean looksLikeKlog(ContentSample sample) {
        return klogShare(sample.nonBlankLines(10)) >= 0.6;
    }

    /**
     * Most of the first non-blank lines are JSON log records of the Kubernetes JSON format
     * (k8s.io/component-base {@code logs/json}: {@code "ts"}, {@code "msg"}, {@code "v"} or
     * {@code "caller"}), or of zap with a {@code level}.
     */
    public static boolean looksLikeJsonLog(ContentSample sample) {
        return jsonShare(sample.nonBlankLines(10)) >= 0.6;
    }

    /** The share of lines that look like JSON log records: an object with {@code "msg"} and a time or caller. */
    static double jsonShare(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int json = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.startsWith("{") && t.contains("\"msg\"") && (t.contains("\"ts\"") || t.contains("\"caller\""))) {
                json++;
            }
        }
        return (double) json / lines.size();
    }

    /**
     * The share of lines that are klog headers (a header-less {@code file.go:N]} line too), not
     * counting the indented lines that continue a multi-line value.
     */
    static double klogShare(List<String> lines) {
        int klog = 0;
        int counted = 0;
        boolean open = false; // inside a multi-line value ("key=<" ends the line above)
        for (String l : lines) {
            counted++;
            if (KlogReader.header(l) > 0 || KlogReader.headerless(l, 0) > 0 || klog == 0 && KlogReader.afterLabel(l, 0) > 0) {
                klog++;
                open = l.endsWith("=<");
            } else if (l.startsWith("\t") || l.startsWith(" >") || open && l.startsWith(" ")) {
                counted--; // a multi-line value of the entry above (journald shows its tab as blanks)
                open &= !l.startsWith(" >");
            }
        }
        return counted == 0 ? 0 : (double) klog / counted;
    }
}
