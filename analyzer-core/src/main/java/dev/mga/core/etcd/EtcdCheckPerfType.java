package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** {@code etcdctl check perf} output. */
public final class EtcdCheckPerfType extends EtcdArtifactType {

    private static final Pattern PROGRESS = Pattern.compile("\\d+ / 60 +\\d+\\.\\d+%");
    private static final Pattern RESULT = Pattern.compile("^(?:PASS|FAIL): (?:Throughput|Slowest request|Stddev|too many errors)");

    public EtcdCheckPerfType() {
        super("etcd.check-perf", "etcdctl check perf result (PASS/FAIL lines)",
                List.of("**/check{_,-}perf*", "**/etcdctl{_,-}check{_,-}perf*"),
                new CheckPerfParser(), lines -> any(lines, PROGRESS) || any(lines, RESULT));
    }

    @Override
    public int sniffPriority() {
        return 6;
    }
}
