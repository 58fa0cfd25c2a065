package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code etcd.member-status}: every member's answer in every captured endpoint status. */
public final class EtcdMemberStatusSubject implements FactSubject {

    @Override
    public String name() {
        return "etcd.member-status";
    }

    @Override
    public String description() {
        return "one member's row of one captured etcdctl endpoint status (EtcdEndpointStatus)";
    }

    @Override
    public Class<?> type() {
        return EtcdEndpointStatus.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        return model.all(EtcdStatusReport.class).stream().flatMap(r -> r.statuses().stream()).toList();
    }
}
