package dev.mga.core.klog;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ParserOption;
import java.util.List;

/** The klog family: Kubernetes component logs (klog text or JSON) and the node journals that hold them. */
public final class KlogFamily implements ArtifactFamily {

    /**
     * Where a capture keeps component logs. must-gather pod logs ({@code oc adm inspect} pod.go:223-225,
     * 250-267; rotated files pod.go:144, 185 since 4.10; the {@code .gz} of a rotated file is read as
     * the file it holds); node journals: {@code host_service_logs/<role>/<unit>_service.log}
     * (gather_service_logs_util:28), {@code nodes/<node>/<node>_logs_kubelet.gz} (gather_ppc:184),
     * the Insights archive's {@code config/node/logs/<node>.log} (gather_insights:14); the node's own
     * {@code /var/log/pods} and {@code /var/log/containers}.
     */
    static final String[] LOG_PATHS = {
        "**/namespaces/*/pods/*/*/*/logs/{current,previous}.log",
        "**/namespaces/*/pods/*/*/*/logs/{current,previous}.insecure.log",
        "**/namespaces/*/pods/*/*/*/logs/rotated/*.log.????????-??????",
        "**/host_service_logs/*/*_service.log",
        "**/nodes/*/*_logs_kubelet",
        "**/config/node/logs/*.log",
        "**/var/log/pods/*/*/*.log", "**/var/log/containers/*.log"};

    @Override
    public String name() {
        return "klog";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(ArtifactType.declare("klog.log")
                .describedAs("Kubernetes component log (klog text or JSON format; oc logs, must-gather pod logs and "
                        + "node journals, CRI logs)")
                .paths(LOG_PATHS)
                // a log whose path says it is a pod log or a node journal is read whatever its first lines
                // hold: lines that are not klog are counted, they are no reason to leave the log unread
                .sniffer(sample -> KlogSample.looksLikeKlog(sample) || KlogSample.looksLikeJsonLog(sample))
                // JSON log lines of a component name cpu/memory/pods too: before the allocatable map's sniffer
                .sniffPriority(2) // after the etcd server log (4), whose zap lines are JSON log lines too
                .parser(new KlogLogParser())
                .build());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(KlogReader.YEAR_OPTION, "2024", "the year of klog lines that carry no timestamp "
                + "prefix (without it, a must-gather timestamp file in the same input gives the year)", "(19|20|21)[0-9]{2}"));
    }
}
