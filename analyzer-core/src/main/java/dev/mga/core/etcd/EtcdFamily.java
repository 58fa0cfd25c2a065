package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
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
                EtcdMetricsType.declare(),
                new EtcdObjectCountType(),
                new EtcdServerLogType(),
                new EtcdStatusType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new EtcdMemberStatusSubject(), new EtcdStatusReportSubject());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(EtcdctlCapture.QUOTA_OPTION, "8589934592", "the etcd space quota in bytes when "
                + "the capture does not state it (OpenShift 4 runs with 8 GiB)", "[1-9][0-9]{0,18}"),
                EtcdMetricsParser.LIMIT_OPTION_DECLARED);
    }
}
