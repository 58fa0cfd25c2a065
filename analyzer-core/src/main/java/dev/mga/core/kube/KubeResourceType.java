package dev.mga.core.kube;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes objects of one kind, single or listed, in YAML or JSON as {@code oc get -o yaml|json}
 * and must-gather write them. Each kind is a subclass (ServiceLoader needs one class per type)
 * giving its paths and what its objects hold that the others do not.
 */
public abstract class KubeResourceType implements ArtifactType {

    private static final Pattern KIND = Pattern.compile("(?m)^[\\s-]*\"?kind\"?\\s*:\\s*\"?(\\w+)\"?,?\\s*$");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^[\\s{-]*\"?apiVersion\"?\\s*:");

    private final String kind;
    private final List<String> paths;
    private final String marker;
    private final List<String> excluded;
    private final KubeResourceParser parser;

    /**
     * @param kind     {@code Node}, {@code Pod} or {@code Event}
     * @param paths    where must-gather and pasted files put them
     * @param marker   a field only this kind has ({@code allocatable}, {@code containers}, {@code involvedObject})
     * @param excluded fields that show another kind (an event's {@code involvedObject} names a pod)
     */
    protected KubeResourceType(String kind, List<String> paths, String marker, List<String> excluded) {
        this.kind = kind;
        this.paths = List.copyOf(paths);
        this.marker = marker;
        this.excluded = List.copyOf(excluded);
        this.parser = new KubeResourceParser(kind);
    }

    @Override
    public String family() {
        return "kube";
    }

    @Override
    public List<String> pathPatterns() {
        return paths;
    }

    /** Kubernetes YAML or JSON naming this kind (or its List) and holding its marker field, not another kind's. */
    @Override
    public boolean sniff(ContentSample sample) {
        return names(sample, List.of(kind), marker, excluded);
    }

    /**
     * True when the text is Kubernetes YAML or JSON ({@code apiVersion}), holds {@code marker} and none of
     * {@code excluded}, and names one of {@code kinds} (or its List) as a {@code kind}.
     */
    static boolean names(ContentSample sample, List<String> kinds, String marker, List<String> excluded) {
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
            for (String kind : kinds) {
                if (m.group(1).equals(kind) || m.group(1).equals(kind + "List")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
