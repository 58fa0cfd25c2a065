package dev.mga.core.metrics;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** The metrics family: metrics: top node/pod tables, PodMetrics/NodeMetrics, node memory lines. */
public final class MetricsFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(new MetricsJsonType(), new NodeMemoryType(), new NodeTopType(), new PodTopType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new MetricsSubjects());
    }
}
