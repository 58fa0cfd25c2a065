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

    /**
     * True when {@code source} labels nodes: both lists enable it. In each, {@code all} enables every source and
     * {@code -name} disables one (meaningful with {@code all}); otherwise only the listed sources run; an absent list
     * is {@code [all]} (nfd-worker configuration reference, core.featureSources and core.labelSources).
     */
    public boolean labels(String source) {
        return enables(labelSources, source) && enables(featureSources, source);
    }

    private static boolean enables(List<String> list, String source) {
        if (list.isEmpty()) {
            return true;
        }
        if (list.contains("-" + source)) {
            return false;
        }
        return list.contains(source) || list.contains("all");
    }
}
