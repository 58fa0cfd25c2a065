package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The nfd-worker configuration of a {@code NodeFeatureDiscovery} CR ({@code spec.workerConfig.configData}, itself
 * YAML): which feature sources the workers run and which may label nodes. {@code all} enables every source, a
 * leading {@code -} disables one ({@code [-memory, all]}).
 *
 * @param labelSources   {@code core.labelSources} (older workers: {@code core.sources}), as written
 * @param featureSources {@code core.featureSources}, as written
 * @param location       the configData line
 */
public record NfdWorkerConfig(String namespace, String name, List<String> labelSources, List<String> featureSources,
                              Location location, String excerpt) implements Located {

    public NfdWorkerConfig {
        labelSources = List.copyOf(labelSources);
        featureSources = List.copyOf(featureSources);
    }

    /** True when {@code source} may label nodes: listed, or {@code all} listed, and not disabled with {@code -source}. */
    public boolean labels(String source) {
        if (labelSources.isEmpty()) {
            return true; // the default is all sources
        }
        if (labelSources.contains("-" + source)) {
            return false;
        }
        return labelSources.contains(source) || labelSources.contains("all");
    }
}
