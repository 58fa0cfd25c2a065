package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** {@code etcdctl alarm list} in any write-out format; {@code etcd_info/alarm_list.json}. */
public final class EtcdAlarmListType extends EtcdArtifactType {

    private static final Pattern FIELDS = Pattern.compile("^\"AlarmType\" : ");
    private static final Pattern JSON = Pattern.compile("^\\{\"header\":\\{[^}]*\\},\"alarms\":\\[");

    public EtcdAlarmListType() {
        super("etcd.alarm-list", "etcdctl alarm list (simple, fields or json; etcd_info/alarm_list.json)",
                List.of("**/etcd_info/alarm_list.json", "**/alarm{_,-}list*",
                        "**/etcdctl{_,-}alarm{_,-}list*"),
                new EtcdctlOutputParser("alarm list"),
                lines -> any(lines, FIELDS) || any(lines, JSON) || SimpleLines.ALARM.matcher(lines.get(0)).matches());
    }
}
