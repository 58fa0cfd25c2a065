package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.regex.Pattern;

/**
 * What an etcd client wrote to stderr when it got no answer worth printing: the client library's
 * retry log lines (zap JSON from {@code retry_interceptor.go}) and {@code Error:} lines, as people
 * paste them when a command fails. Other etcdctl types claim a file that holds output as well.
 */
final class EtcdClientLogType {

    /** The client library's zap logger: its retry interceptor, or the 3.5 logger name. */
    private static final Pattern CLIENT_LOG = Pattern.compile(
            "^\\{\"level\":\"\\w+\",\"ts\":[^,]+,(?:\"logger\":\"etcd-client\",)?\"caller\":\"(?:clientv3|v3)/retry_interceptor\\.go:\\d+\"");

    private EtcdClientLogType() {
    }

    static ArtifactType declare() {
        return ArtifactType.declare("etcd.client-log")
                .describedAs("an etcd client's stderr alone: retry log lines and Error: lines (etcdctl, clientv3)")
                .sniffer(EtcdClientLogType::sniff)
                .sniffPriority(3)
                .parser(new EtcdctlOutputParser(""))
                .build();
    }

    private static boolean sniff(ContentSample sample) {
        return sample.nonBlankLines(12).stream().anyMatch(l -> CLIENT_LOG.matcher(l.strip()).find());
    }
}
