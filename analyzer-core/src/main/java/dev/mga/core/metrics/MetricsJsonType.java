package dev.mga.core.metrics;

import dev.mga.core.model.metrics.NodeMetrics;
import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code metrics.k8s.io/v1beta1} PodMetrics / NodeMetrics JSON, single objects or lists. */
public final class MetricsJsonType implements ArtifactType {

    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"(Pod|Node)Metrics(List)?\"");
    private final MetricsJsonParser parser = new MetricsJsonParser();

    @Override
    public String id() {
        return "metrics.metrics-json";
    }

    @Override
    public String family() {
        return "metrics";
    }

    @Override
    public String description() {
        return "metrics.k8s.io PodMetrics / NodeMetrics JSON (kubectl get --raw /apis/metrics.k8s.io/v1beta1/...)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/apis/metrics.k8s.io/**/*.json");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        String t = sample.text().stripLeading();
        return t.startsWith("{") && t.contains("metrics.k8s.io/") && KIND.matcher(t).find();
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
