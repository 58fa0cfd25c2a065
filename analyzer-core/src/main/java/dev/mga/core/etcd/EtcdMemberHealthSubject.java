package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdHealthReport;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code etcd.member-health}: every endpoint's answer in every captured endpoint health. */
public final class EtcdMemberHealthSubject implements FactSubject {

    @Override
    public String name() {
        return "etcd.member-health";
    }

    @Override
    public String description() {
        return "one endpoint's answer of one captured etcdctl endpoint health (EtcdEndpointHealth)";
    }

    @Override
    public Class<?> type() {
        return EtcdEndpointHealth.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        return model.all(EtcdHealthReport.class).stream().flatMap(r -> r.endpoints().stream()).toList();
    }
}
