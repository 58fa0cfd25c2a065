package dev.mga.core.kube;

import dev.mga.core.detect.ContentSample;
import java.util.regex.Pattern;

/** What the kube artifact types share: recognising an object's kind in the first bytes of YAML or JSON. */
final class KubeTypes {

    private static final Pattern KIND = Pattern.compile("(?m)^[\\s-]*\"?kind\"?\\s*:\\s*\"?(\\w+)\"?,?\\s*$");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^[\\s{-]*\"?apiVersion\"?\\s*:");

    private KubeTypes() {
    }

    /**
     * True when the sample is Kubernetes YAML or JSON holding {@code kind} (or {@code <kind>List}) and
     * the field only that kind has ({@code allocatable}, {@code containers}, {@code involvedObject}).
     */
    static boolean holds(ContentSample sample, String kind, String marker, String... excluded) {
        String text = sample.text();
        if (!API_VERSION.matcher(text).find() || !text.contains(marker)) {
            return false;
        }
        for (String x : excluded) {
            if (text.contains(x)) {
                return false;
            }
        }
        var m = KIND.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(kind) || m.group(1).equals(kind + "List")) {
                return true;
            }
        }
        return false;
    }
}
