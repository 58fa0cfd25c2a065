package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** An etcd server log: the etcd container's log in a must-gather, or a saved journal/stderr of etcd. */
public final class EtcdServerLogType extends EtcdArtifactType {

    private static final Pattern ZAP = Pattern.compile(
            "^\\{\"level\":\"\\w+\",\"ts\":[^,]+,\"caller\":\"(?:etcdserver|embed|raft|rafthttp|wal|mvcc|etcdmain|v3rpc|membership|backend|api|etcdserver/api/\\w+)/[\\w.]+:\\d+\"");
    private static final Pattern CAPNSLOG = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} [CEWNID] \\| (?:etcdmain|etcdserver|embed|raft|rafthttp|wal|mvcc|pkg/\\w+|etcdserver/[\\w/]+): ");

    public EtcdServerLogType() {
        super("etcd.server-log", "etcd server log (zap JSON lines or capnslog text)",
                List.of("**/namespaces/openshift-etcd/pods/etcd-*/etcd/etcd/logs/*.log", "**/etcd-member*.log",
                        "**/etcd{_,-}server*.log"),
                new EtcdLogParser(),
                lines -> lines.stream().filter(l -> ZAP.matcher(l).find() || CAPNSLOG.matcher(l).find()).count() >= Math.min(3, lines.size()));
    }

    @Override
    boolean skipsPreamble() {
        return false;
    }

    @Override
    public int sniffPriority() {
        return 4;
    }
}
