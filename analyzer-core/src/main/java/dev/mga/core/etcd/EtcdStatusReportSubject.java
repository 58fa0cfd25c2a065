package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code etcd.status-report}: each captured endpoint status, all members together. */
public final class EtcdStatusReportSubject implements FactSubject {

    @Override
    public String name() {
        return "etcd.status-report";
    }

    @Override
    public String description() {
        return "one captured etcdctl endpoint status with all members that answered (EtcdStatusReport)";
    }

    @Override
    public Class<?> type() {
        return EtcdStatusReport.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        return model.all(EtcdStatusReport.class);
    }
}
