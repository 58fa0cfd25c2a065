package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** {@code etcdctl endpoint status} in any write-out format; the must-gather's {@code etcd_info/endpoint_status.json}. */
public final class EtcdStatusType extends EtcdArtifactType {

    private static final Pattern TABLE = Pattern.compile("^\\|\\s*ENDPOINT\\s*\\|.*\\|\\s*(?:DB SIZE|DB SIZE/IN USE)\\s*\\|");
    private static final Pattern FIELDS = Pattern.compile("^\"DBSize\" : \\d+$");
    private static final Pattern JSON = Pattern.compile("^\\[\\{\"Endpoint\":\"[^\"]*\",\"Status\":\\{");
    private static final Pattern SIMPLE = Pattern.compile(
            "^\\S+, [0-9a-f]{1,16}, \\d+\\.\\d+\\.\\d+[^,]*, (?:[^,]*, )?\\d+(?:\\.\\d+)? [kMGTPE]?i?B, ");

    public EtcdStatusType() {
        super("etcd.endpoint-status", "etcdctl endpoint status (table, simple, fields or json; etcd_info/endpoint_status.json)",
                List.of("**/etcd_info/endpoint_status.json", "**/endpoint{_,-}status*",
                        "**/etcdctl{_,-}endpoint{_,-}status*"),
                new EtcdctlOutputParser("endpoint status"),
                lines -> any(lines, TABLE) || any(lines, FIELDS) || any(lines, JSON) || SIMPLE.matcher(lines.get(0)).find());
    }
}
