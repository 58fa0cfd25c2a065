package dev.mga.core.metrics;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.rules.FactSubject;
import java.util.List;

/** CEL subject {@code metrics.top-node-table}: every top node table of the input. */
public final class MetricsSubjects implements FactSubject {

    @Override
    public String name() {
        return "metrics.top-node-table";
    }

    @Override
    public String description() {
        return "one oc adm top node / kubectl top node table (NodeTopTable) with its rows";
    }

    @Override
    public List<?> items(CaptureModel model) {
        return model.all(NodeTopTable.class);
    }
}
