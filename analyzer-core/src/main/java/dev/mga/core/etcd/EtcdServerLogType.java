package dev.mga.core.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;

/** An etcd server log: the etcd container's log in a must-gather, or a saved journal/stderr of etcd. */
public final class EtcdServerLogType extends EtcdArtifactType {

    private static final Pattern POD_TIME = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+Z ");
    private static final Pattern ETCD_FRAME = Pattern.compile("go\\.etcd\\.io/|github\\.com/coreos/etcd|github\\.com/etcd-io/|github\\.com/coreos/bbolt");
    private static final ObjectMapper JSON = new ObjectMapper();

    public EtcdServerLogType() {
        super("etcd.server-log", "etcd server log (zap JSON, capnslog, Go log or journal lines; a panic in etcd or bbolt)",
                // oc adm inspect's pod logs (pod.go:215-267): current.log, previous.log (0 bytes without a previous
                // container), *.insecure.log; the etcd static pod's container is "etcd" (cluster-etcd-operator pod.yaml)
                List.of("**/namespaces/openshift-etcd/pods/etcd-*/etcd/etcd/logs/*.log", "**/etcd-member*.log",
                        "**/etcd{_,-}server*.log"),
                new EtcdLogParser(), EtcdServerLogType::etcdLines);
    }

    /** Most of the first lines are etcd's (at least three, or all when fewer), or a panic has etcd frames under it. */
    static boolean etcdLines(List<String> lines) {
        int etcd = 0;
        boolean panic = false;
        for (String raw : lines) {
            String l = POD_TIME.matcher(raw).replaceFirst("");
            if (l.startsWith("panic: ")) {
                panic = true;
                continue;
            }
            if (panic && ETCD_FRAME.matcher(l).find()) {
                return true;
            }
            if (etcd(l)) {
                etcd++;
            }
        }
        return etcd >= Math.min(3, lines.size());
    }

    private static boolean etcd(String line) {
        if (line.startsWith("{")) {
            try {
                JsonNode z = JSON.readTree(line);
                return z != null && z.has("msg") && EtcdLogLine.isEtcd(EtcdLogLine.zap(z));
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return EtcdLogLine.isEtcd(EtcdLogLine.scan(line));
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
