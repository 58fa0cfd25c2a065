package dev.mga.core.metrics;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.metrics.NodesWithoutMetrics;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code metrics.nodes-without-metrics}: the {@code <unknown>} nodes of all top node tables of the input. */
public final class MetricsSubjects implements FactSubject {

    @Override
    public String name() {
        return "metrics.nodes-without-metrics";
    }

    @Override
    public String description() {
        return "the nodes printed as <unknown> by any top node table of the input, each once (NodesWithoutMetrics)";
    }

    @Override
    public Class<?> type() {
        return NodesWithoutMetrics.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        return NodesWithoutMetrics.of(model);
    }
}
