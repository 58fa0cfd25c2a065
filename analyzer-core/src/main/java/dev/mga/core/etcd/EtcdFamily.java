package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** The etcd family: etcd: etcdctl outputs, key listings, server logs. */
public final class EtcdFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "etcd";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                new EtcdAlarmListType(),
                new EtcdCheckPerfType(),
                new EtcdHealthType(),
                new EtcdKeyListingType(),
                new EtcdMemberListType(),
                new EtcdObjectCountType(),
                new EtcdServerLogType(),
                new EtcdStatusType(),
                EtcdClientLogType.declare());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new EtcdMemberStatusSubject(), new EtcdStatusReportSubject());
    }
}
