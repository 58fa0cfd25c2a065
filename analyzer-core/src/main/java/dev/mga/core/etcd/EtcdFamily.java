package dev.mga.core.etcd;

import static dev.mga.core.etcd.EtcdSniffers.ALARM_FIELDS;
import static dev.mga.core.etcd.EtcdSniffers.ALARM_JSON;
import static dev.mga.core.etcd.EtcdSniffers.CLIENT_LOG;
import static dev.mga.core.etcd.EtcdSniffers.HEALTH_FIELDS;
import static dev.mga.core.etcd.EtcdSniffers.HEALTH_JSON;
import static dev.mga.core.etcd.EtcdSniffers.HEALTH_SIMPLE;
import static dev.mga.core.etcd.EtcdSniffers.HEALTH_TABLE;
import static dev.mga.core.etcd.EtcdSniffers.KEYS_FIELDS;
import static dev.mga.core.etcd.EtcdSniffers.KEYS_JSON;
import static dev.mga.core.etcd.EtcdSniffers.KUBE_KEY;
import static dev.mga.core.etcd.EtcdSniffers.MEMBER_FIELDS;
import static dev.mga.core.etcd.EtcdSniffers.MEMBER_JSON;
import static dev.mga.core.etcd.EtcdSniffers.MEMBER_SIMPLE;
import static dev.mga.core.etcd.EtcdSniffers.MEMBER_TABLE;
import static dev.mga.core.etcd.EtcdSniffers.OBJECT_COUNT;
import static dev.mga.core.etcd.EtcdSniffers.PERF_PROGRESS;
import static dev.mga.core.etcd.EtcdSniffers.PERF_RESULT;
import static dev.mga.core.etcd.EtcdSniffers.STATUS_FIELDS;
import static dev.mga.core.etcd.EtcdSniffers.STATUS_JSON;
import static dev.mga.core.etcd.EtcdSniffers.STATUS_SIMPLE;
import static dev.mga.core.etcd.EtcdSniffers.STATUS_TABLE;
import static dev.mga.core.etcd.EtcdSniffers.any;
import static dev.mga.core.etcd.EtcdSniffers.first;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;
import java.util.function.Predicate;

/**
 * The etcd family: etcdctl outputs, key listings, server and client logs. Each type is data: its
 * paths (must-gather conventions first, with the script line that writes them, then the names
 * engineers give pasted files), how its content is recognised ({@link EtcdSniffers}) and its parser.
 */
public final class EtcdFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "etcd";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                // gather_etcd:45-60 (openshift/must-gather, since 4.6) writes the four etcdctl -w json files
                etcdctl("etcd.endpoint-status", "etcdctl endpoint status (table, simple, fields or json; etcd_info/endpoint_status.json)",
                        "endpoint status", 5, l -> any(l, STATUS_TABLE, STATUS_FIELDS, STATUS_JSON) || first(l, STATUS_SIMPLE),
                        "**/etcd_info/endpoint_status.json", "**/endpoint{_,-}status*", "**/etcdctl{_,-}endpoint{_,-}status*"),
                etcdctl("etcd.endpoint-health", "etcdctl endpoint health, v2 cluster-health (table, simple, fields or json; etcd_info/endpoint_health.json)",
                        "endpoint health", 5, l -> any(l, HEALTH_TABLE, HEALTH_FIELDS, HEALTH_JSON) || first(l, HEALTH_SIMPLE)
                                || v2VerdictFirst(l),
                        "**/etcd_info/endpoint_health.json", "**/endpoint{_,-}health*", "**/etcdctl{_,-}endpoint{_,-}health*"),
                etcdctl("etcd.member-list", "etcdctl member list, v2 too (table, simple, fields or json; etcd_info/member_list.json)",
                        "member list", 5, l -> any(l, MEMBER_TABLE, MEMBER_FIELDS, MEMBER_JSON) || first(l, MEMBER_SIMPLE)
                                || SimpleLines.V2_MEMBER.matcher(l.get(0)).matches(),
                        "**/etcd_info/member_list.json", "**/member{_,-}list*", "**/etcdctl{_,-}member{_,-}list*"),
                etcdctl("etcd.alarm-list", "etcdctl alarm list (simple, fields or json; etcd_info/alarm_list.json)",
                        "alarm list", 5, l -> any(l, ALARM_FIELDS, ALARM_JSON) || SimpleLines.ALARM.matcher(l.get(0)).matches(),
                        "**/etcd_info/alarm_list.json", "**/alarm{_,-}list*", "**/etcdctl{_,-}alarm{_,-}list*"),
                etcdctl("etcd.key-listing", "etcdctl get --prefix listing (fields, json, --keys-only, --count-only, COUNT KEY lines)",
                        "", 5, l -> any(l, KEYS_FIELDS, KEYS_JSON) || l.stream().allMatch(k -> KUBE_KEY.matcher(k).matches()),
                        "**/etcd{_,-}keys", "**/etcd{_,-}keys.*", "**/etcdctl{_,-}get*"),
                // gather_etcd:65 (main, 4.16+) and release-4.14's gather_etcd:61 write object_count.json; the others are
                // names engineers give the uniq -c stage of that pipeline
                ArtifactType.declare("etcd.object-count")
                        .describedAs("must-gather etcd_info/object_count.json (keys per resource; 4.14 and 4.16+ shapes), uniq -c counts")
                        .paths("**/etcd_info/object_count.json", "**/etcd_info/etcd_object_count", "**/etcd{_,-}object{_,-}count{,.txt}")
                        .sniffer(EtcdSniffers.output(l -> first(l, OBJECT_COUNT))).sniffPriority(5)
                        .parser(new ObjectCountParser()).build(),
                ArtifactType.declare("etcd.check-perf")
                        .describedAs("etcdctl check perf result (PASS/FAIL lines)")
                        .paths("**/check{_,-}perf*", "**/etcdctl{_,-}check{_,-}perf*")
                        .sniffer(EtcdSniffers.output(l -> any(l, PERF_PROGRESS, PERF_RESULT))).sniffPriority(6)
                        .parser(new CheckPerfParser()).build(),
                // oc adm inspect's pod logs (pod.go:215-267): current.log, previous.log (0 bytes without a previous
                // container), *.insecure.log; the etcd static pod's container is "etcd" (cluster-etcd-operator pod.yaml)
                ArtifactType.declare("etcd.server-log")
                        .describedAs("etcd server log (zap JSON, capnslog, Go log or journal lines; a panic in etcd or bbolt)")
                        .paths("**/namespaces/openshift-etcd/pods/etcd-*/etcd/etcd/logs/*.log", "**/etcd-member*.log", "**/etcd{_,-}server*.log")
                        .sniffer(EtcdSniffers.lines(EtcdSniffers::serverLog)).sniffPriority(4)
                        .parser(new EtcdLogParser()).build(),
                EtcdMetricsType.declare(),
                ArtifactType.declare("etcd.client-log")
                        .describedAs("an etcd client's stderr alone: retry log lines and Error: lines (etcdctl, clientv3)")
                        .sniffer(EtcdSniffers.lines(l -> any(l, CLIENT_LOG))).sniffPriority(3)
                        .parser(new EtcdctlOutputParser("")).build());
    }

    /** An etcdctl output type: what command its files hold, how its output is recognised, where it is found. */
    private static ArtifactType etcdctl(String id, String description, String command, int priority,
                                        Predicate<List<String>> output, String... paths) {
        return ArtifactType.declare(id).describedAs(description).paths(paths).sniffer(EtcdSniffers.output(output))
                .sniffPriority(priority).parser(new EtcdctlOutputParser(command)).build();
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new EtcdMemberHealthSubject(), new EtcdMemberStatusSubject(), new EtcdStatusReportSubject());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(EtcdctlCapture.QUOTA_OPTION, "8589934592", "the etcd space quota in bytes when "
                + "the capture does not state it (OpenShift 4 runs with 8 GiB)", "[1-9][0-9]{0,18}"),
                EtcdMetricsParser.LIMIT_OPTION_DECLARED);
    }

    /** etcd 2.0's cluster-health prints its verdict first ({@code cluster is healthy}), then one line per member. */
    private static boolean v2VerdictFirst(List<String> l) {
        return l.size() > 1 && SimpleLines.V2_VERDICT.matcher(l.get(0)).matches() && first(l.subList(1, l.size()), HEALTH_SIMPLE);
    }
}
