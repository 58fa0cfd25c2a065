package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/** One captured {@code etcdctl alarm list} (an empty list is a capture too: no alarm raised). */
public record EtcdAlarmList(EtcdctlFormat format, List<EtcdAlarm> alarms, Location location) implements Located {

    public EtcdAlarmList {
        alarms = List.copyOf(alarms);
    }
}
