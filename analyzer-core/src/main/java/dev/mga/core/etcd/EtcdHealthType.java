package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** {@code etcdctl endpoint health} in any write-out format; {@code etcd_info/endpoint_health.json}. */
public final class EtcdHealthType extends EtcdArtifactType {

    private static final Pattern TABLE = Pattern.compile("^\\|\\s*ENDPOINT\\s*\\|\\s*HEALTH\\s*\\|");
    private static final Pattern FIELDS = Pattern.compile("^\"Health\" : (?:true|false)$");
    private static final Pattern JSON = Pattern.compile("^\\[\\{\"endpoint\":\"[^\"]*\",\"health\":");
    private static final Pattern SIMPLE = Pattern.compile("^\\S+ is (?:healthy: successfully committed proposal|unhealthy: )"
            + "|^member [0-9a-f]{1,16} is (?:healthy|unhealthy|unreachable): |^failed to check the health of member "
            + "|^cluster may be unhealthy: failed to list members$");

    public EtcdHealthType() {
        super("etcd.endpoint-health", "etcdctl endpoint health (table, simple, fields or json; etcd_info/endpoint_health.json)",
                List.of("**/etcd_info/endpoint_health.json", "**/endpoint{_,-}health*",
                        "**/etcdctl{_,-}endpoint{_,-}health*"),
                new EtcdctlOutputParser("endpoint health"),
                lines -> any(lines, TABLE) || any(lines, FIELDS) || any(lines, JSON) || SIMPLE.matcher(lines.get(0)).find());
    }
}
