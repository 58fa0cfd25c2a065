package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.testing.Parsing;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The etcd 3.4.23 server logs of both capture runs: etcd-master-0 and -1 log zap JSON lines
 * ({@code --logger zap}), etcd-master-2 the older capnslog text with the raft library's
 * {@code raft2026/11/25 …} lines. Counts were taken with grep (messages {@code slow fdatasync},
 * {@code sync duration of}, {@code apply request took too long}, {@code took too long (…) to
 * execute}, {@code elected leader}, {@code lost leader}, …), durations, times and lines read off
 * the lines themselves; the Go runtime's {@code WARNING:} lines and {@code [WARNING]} flag notices
 * are not etcd's and give no diagnostic.
 */
class EtcdLogCapturesTest {

    /** Second run, etcd-master-0 (zap), a follower: defragmented, slow health reads while its peers' disks were delayed. */
    @Test
    void run2Master0() {
        Log log = new Log(Captures.RUN2 + "logs/etcd-master-0.log");
        log.header("etcd-master-0", "zap", 504, "2026-11-25T16:44:55.883Z", "2026-11-25T16:59:23.838Z", 2147483648L);
        log.counts("leader-elected", 1L, "slow-apply", 7L, "compaction", 1L, "defragmentation", 3L, "slow-read-index", 11L);
        log.worst(
                log.e("slow-apply", 143, "2026-11-25T16:57:56.894Z", 1795625876894L, 2307.570198, "key:\"health\" "),
                log.e("compaction", 121, "2026-11-25T16:57:44.613Z", 1795625864613L, 796.897991, ""));
        log.samples(
                log.e("leader-elected", 63, "2026-11-25T16:44:58.104Z", 1795625098104L, -1, "leader d1f3fcef51bc3c9e at term 2"),
                log.e("slow-apply", 95, "2026-11-25T16:47:54.615Z", 1795625274615L, 504.443775, "header:<ID:4368106893644315459 > delete_range:<key:\"/etcdctl-check-perf/\" range_end:\"/etcdctl-check-perf0\" > "),
                log.e("slow-apply", 108, "2026-11-25T16:50:13.860Z", 1795625413860L, 101.583146, "key:\"/kubernetes.io/secrets/app-batch/secrets-app-batch-2\" range_end:\"/kubernetes.io/secrets/app-batch/secrets-app-batch-3\" "),
                log.e("compaction", 121, "2026-11-25T16:57:44.613Z", 1795625864613L, 796.897991, ""),
                log.e("defragmentation", 125, "2026-11-25T16:57:46.632Z", 1795625866632L, -1, ""),
                log.e("defragmentation", 129, "2026-11-25T16:57:47.180Z", 1795625867180L, -1, ""),
                log.e("defragmentation", 133, "2026-11-25T16:57:47.727Z", 1795625867727L, -1, ""),
                log.e("slow-read-index", 137, "2026-11-25T16:57:55.087Z", 1795625875087L, -1, ""),
                log.e("slow-read-index", 138, "2026-11-25T16:57:55.597Z", 1795625875597L, -1, ""),
                log.e("slow-read-index", 140, "2026-11-25T16:57:56.097Z", 1795625876097L, -1, ""),
                log.e("slow-read-index", 141, "2026-11-25T16:57:56.598Z", 1795625876598L, -1, ""),
                log.e("slow-apply", 143, "2026-11-25T16:57:56.894Z", 1795625876894L, 2307.570198, "key:\"health\" "),
                log.e("slow-read-index", 150, "2026-11-25T16:58:02.638Z", 1795625882638L, -1, ""),
                log.e("slow-apply", 157, "2026-11-25T16:58:04.175Z", 1795625884175L, 2037.519684, "key:\"health\" "),
                log.e("slow-apply", 166, "2026-11-25T16:58:10.202Z", 1795625890202L, 508.442369, "key:\"health\" "));
        log.elections(1795625098104L);
    }

    /** Second run, etcd-master-1 (zap), the leader whose fdatasync was delayed: slow fdatasync, late heartbeats. */
    @Test
    void run2Master1() {
        Log log = new Log(Captures.RUN2 + "logs/etcd-master-1.log");
        log.header("etcd-master-1", "zap", 731, "2026-11-25T16:44:55.880Z", "2026-11-25T17:00:59.212Z", 2147483648L);
        log.counts("leader-elected", 1L, "heartbeat-late", 145L, "slow-apply", 43L, "compaction", 1L, "defragmentation", 2L, "slow-fdatasync", 78L, "slow-read-index", 9L);
        log.worst(
                log.e("heartbeat-late", 453, "2026-11-25T16:58:46.527Z", 1795625926527L, 2321.977037, ""),
                log.e("slow-apply", 238, "2026-11-25T16:58:17.227Z", 1795625897227L, 2509.117805, "key:\"health\" "),
                log.e("compaction", 141, "2026-11-25T16:57:44.699Z", 1795625864699L, 885.126185, ""),
                log.e("slow-fdatasync", 450, "2026-11-25T16:58:45.309Z", 1795625925309L, 1233.329727, ""));
        log.samples(
                log.e("leader-elected", 68, "2026-11-25T16:44:58.104Z", 1795625098104L, -1, "leader d1f3fcef51bc3c9e at term 2"),
                log.e("heartbeat-late", 75, "2026-11-25T16:45:20.758Z", 1795625120758L, 55.748064, ""),
                log.e("heartbeat-late", 76, "2026-11-25T16:45:20.758Z", 1795625120758L, 55.798438, ""),
                log.e("slow-apply", 105, "2026-11-25T16:47:54.237Z", 1795625274237L, 120.338401, "header:<ID:4368106893644315459 > delete_range:<key:\"/etcdctl-check-perf/\" range_end:\"/etcdctl-check-perf0\" > "),
                log.e("heartbeat-late", 106, "2026-11-25T16:47:54.436Z", 1795625274436L, 34.753422, ""),
                log.e("heartbeat-late", 107, "2026-11-25T16:47:54.436Z", 1795625274436L, 34.790642, ""),
                log.e("heartbeat-late", 108, "2026-11-25T16:48:08.074Z", 1795625288074L, 172.966387, ""),
                log.e("compaction", 141, "2026-11-25T16:57:44.699Z", 1795625864699L, 885.126185, ""),
                log.e("defragmentation", 145, "2026-11-25T16:57:46.877Z", 1795625866877L, -1, ""),
                log.e("defragmentation", 149, "2026-11-25T16:57:47.912Z", 1795625867912L, -1, ""),
                log.e("slow-fdatasync", 150, "2026-11-25T16:57:52.062Z", 1795625872062L, 1200.757062, ""),
                log.e("slow-fdatasync", 153, "2026-11-25T16:57:53.268Z", 1795625873268L, 1200.768068, ""),
                log.e("slow-fdatasync", 156, "2026-11-25T16:57:54.477Z", 1795625874477L, 1203.924649, ""),
                log.e("slow-apply", 159, "2026-11-25T16:57:54.554Z", 1795625874554L, 1285.39968, "header:<ID:14241404651724009561 > put:<key:\"/kubernetes.io/leases/kube-system/slow-2\" value_size:2 >"),
                log.e("slow-read-index", 160, "2026-11-25T16:57:55.092Z", 1795625875092L, -1, ""),
                log.e("slow-read-index", 161, "2026-11-25T16:57:55.598Z", 1795625875598L, -1, ""),
                log.e("slow-fdatasync", 162, "2026-11-25T16:57:55.685Z", 1795625875685L, 1200.896487, ""),
                log.e("slow-read-index", 165, "2026-11-25T16:57:56.101Z", 1795625876101L, -1, ""),
                log.e("slow-read-index", 166, "2026-11-25T16:57:56.605Z", 1795625876605L, -1, ""),
                log.e("slow-fdatasync", 167, "2026-11-25T16:57:56.892Z", 1795625876892L, 1200.949451, ""),
                log.e("slow-apply", 170, "2026-11-25T16:57:57.085Z", 1795625877085L, 1399.467958, "header:<ID:14241404651724009563 > put:<key:\"/kubernetes.io/leases/kube-system/slow-4\" value_size:2 >"),
                log.e("slow-apply", 172, "2026-11-25T16:57:57.086Z", 1795625877086L, 2494.020457, "key:\"health\" "),
                log.e("slow-apply", 180, "2026-11-25T16:57:59.588Z", 1795625879588L, 1488.32896, "header:<ID:14241404651724009566 > put:<key:\"/kubernetes.io/leases/kube-system/slow-1\" value_size:2 >"),
                log.e("slow-read-index", 187, "2026-11-25T16:58:02.656Z", 1795625882656L, -1, ""));
        log.elections(1795625098104L);
    }

    /** Second run, etcd-master-2 (capnslog): wal sync durations, requests that took too long, raft lines for the election. */
    @Test
    void run2Master2() {
        Log log = new Log(Captures.RUN2 + "logs/etcd-master-2.log");
        log.header("etcd-master-2", "capnslog", 274, "2026-11-25 16:44:55.890950", "2026-11-25 17:01:14.078033", 0L);
        log.counts("leader-elected", 1L, "slow-apply", 45L, "compaction", 1L, "defragmentation", 2L, "slow-fdatasync", 81L, "slow-read-index", 22L);
        log.worst(
                log.e("slow-apply", 142, "2026-11-25 16:57:59.564082", 1795625879564L, 4973.516159, "read-only range request \"key:\\\"health\\\" \" with result \"range_response_count:0 size:6\""),
                log.e("compaction", 121, "2026-11-25 16:57:44.699019", 1795625864699L, 881.011436, ""),
                log.e("slow-fdatasync", 270, "2026-11-25 17:01:12.060518", 1795626072060L, 3002.720971, ""));
        log.samples(
                log.e("leader-elected", 66, "2026/11/25 16:44:58", 1795625098000L, -1, "leader d1f3fcef51bc3c9e at term 2"),
                log.e("slow-apply", 72, "2026-11-25 16:45:35.195923", 1795625135195L, 104.537498, "request \"header:<ID:14241404651723991837 > put:<key:\\\"/kubernetes.io/secrets/default/secrets-default-12\\\" value_size:132 >\" with result \"size:4\""),
                log.e("slow-apply", 98, "2026-11-25 16:47:54.612005", 1795625274612L, 487.788924, "request \"header:<ID:4368106893644315459 > delete_range:<key:\\\"/etcdctl-check-perf/\\\" range_end:\\\"/etcdctl-check-perf0\\\" > \" with result \"size:8\""),
                log.e("slow-apply", 111, "2026-11-25 16:50:07.283530", 1795625407283L, 148.931188, "read-only range request \"key:\\\"/kubernetes.io/rolebindings/openshift-etcd/rolebindings-openshift-etcd-3\\\" range_end:\\\"/kubernetes.io/rolebindings/openshift-etcd/rolebindings-openshift-etcd-4\\\" \" with"),
                log.e("compaction", 121, "2026-11-25 16:57:44.699019", 1795625864699L, 881.011436, ""),
                log.e("defragmentation", 123, "2026-11-25 16:57:47.114936", 1795625867114L, -1, ""),
                log.e("defragmentation", 125, "2026-11-25 16:57:47.977441", 1795625867977L, -1, ""),
                log.e("slow-fdatasync", 126, "2026-11-25 16:57:52.063929", 1795625872063L, 1200.562555, ""),
                log.e("slow-fdatasync", 127, "2026-11-25 16:57:53.269705", 1795625873269L, 1200.632369, ""),
                log.e("slow-fdatasync", 128, "2026-11-25 16:57:54.478178", 1795625874478L, 1203.306078, ""),
                log.e("slow-apply", 129, "2026-11-25 16:57:54.544494", 1795625874544L, 1273.027649, "request \"header:<ID:14241404651724009561 > put:<key:\\\"/kubernetes.io/leases/kube-system/slow-2\\\" value_size:2 >\" with result \"size:6\""),
                log.e("slow-read-index", 130, "2026-11-25 16:57:55.091192", 1795625875091L, -1, ""),
                log.e("slow-read-index", 131, "2026-11-25 16:57:55.598223", 1795625875598L, -1, ""),
                log.e("slow-fdatasync", 132, "2026-11-25 16:57:55.692223", 1795625875692L, 1205.851382, ""),
                log.e("slow-read-index", 133, "2026-11-25 16:57:56.101887", 1795625876101L, -1, ""),
                log.e("slow-read-index", 134, "2026-11-25 16:57:56.605828", 1795625876605L, -1, ""),
                log.e("slow-fdatasync", 135, "2026-11-25 16:57:56.900705", 1795625876900L, 1207.297968, ""),
                log.e("slow-apply", 136, "2026-11-25 16:57:57.048286", 1795625877048L, 1354.546231, "request \"header:<ID:14241404651724009563 > put:<key:\\\"/kubernetes.io/leases/kube-system/slow-4\\\" value_size:2 >\" with result \"size:6\""),
                log.e("slow-read-index", 137, "2026-11-25 16:57:57.107389", 1795625877107L, -1, ""));
        log.elections(1795625098000L);
    }

    /** First run, etcd-master-0 (zap): re-elected leader a dozen times while its peers' disks were slow. */
    @Test
    void run1Master0() {
        Log log = new Log(Captures.RUN1 + "logs/etcd-master-0.log");
        log.header("etcd-master-0", "zap", 894, "2026-11-25T16:33:22.885Z", "2026-11-25T16:42:18.199Z", 2147483648L);
        log.counts("leader-elected", 14L, "slow-apply", 10L, "compaction", 1L, "defragmentation", 1L, "leader-lost", 13L, "slow-read-index", 41L,
                "leader-stepped-down", 12L);
        log.worst(
                log.e("slow-apply", 141, "2026-11-25T16:38:58.908Z", 1795624738908L, 3580.879012, "key:\"health\" "),
                log.e("compaction", 99, "2026-11-25T16:38:46.314Z", 1795624726314L, 444.694369, ""));
        log.samples(
                log.e("leader-elected", 68, "2026-11-25T16:33:25.099Z", 1795624405099L, -1, "leader 2c9f379386efc5a3 at term 2"),
                log.e("slow-apply", 87, "2026-11-25T16:36:10.290Z", 1795624570290L, 168.474626, "header:<ID:4368106893466905873 > delete_range:<key:\"/etcdctl-check-perf/\" range_end:\"/etcdctl-check-perf0\" > "),
                log.e("compaction", 99, "2026-11-25T16:38:46.314Z", 1795624726314L, 444.694369, ""),
                log.e("defragmentation", 103, "2026-11-25T16:38:48.503Z", 1795624728503L, -1, ""),
                log.e("leader-stepped-down", 106, "2026-11-25T16:38:55.098Z", 1795624735098L, -1, "quorum not active"),
                log.e("leader-lost", 108, "2026-11-25T16:38:55.098Z", 1795624735098L, -1, "leader 2c9f379386efc5a3 at term 2"),
                log.e("slow-read-index", 112, "2026-11-25T16:38:55.827Z", 1795624735827L, -1, ""),
                log.e("slow-read-index", 116, "2026-11-25T16:38:56.328Z", 1795624736328L, -1, ""),
                log.e("slow-read-index", 125, "2026-11-25T16:38:56.828Z", 1795624736828L, -1, ""),
                log.e("slow-read-index", 126, "2026-11-25T16:38:57.330Z", 1795624737330L, -1, ""),
                log.e("slow-read-index", 134, "2026-11-25T16:38:57.832Z", 1795624737832L, -1, ""),
                log.e("leader-elected", 140, "2026-11-25T16:38:58.907Z", 1795624738907L, -1, "leader 2c9f379386efc5a3 at term 4"),
                log.e("slow-apply", 141, "2026-11-25T16:38:58.908Z", 1795624738908L, 3580.879012, "key:\"health\" "),
                log.e("leader-stepped-down", 144, "2026-11-25T16:38:59.897Z", 1795624739897L, -1, "quorum not active"),
                log.e("leader-lost", 146, "2026-11-25T16:38:59.897Z", 1795624739897L, -1, "leader 2c9f379386efc5a3 at term 4"),
                log.e("slow-apply", 155, "2026-11-25T16:39:00.324Z", 1795624740324L, 1388.311827, "key:\"health\" "),
                log.e("leader-elected", 187, "2026-11-25T16:39:03.504Z", 1795624743504L, -1, "leader 2c9f379386efc5a3 at term 6"),
                log.e("leader-stepped-down", 188, "2026-11-25T16:39:04.498Z", 1795624744498L, -1, "quorum not active"),
                log.e("leader-lost", 190, "2026-11-25T16:39:04.498Z", 1795624744498L, -1, "leader 2c9f379386efc5a3 at term 6"),
                log.e("leader-elected", 204, "2026-11-25T16:39:06.903Z", 1795624746903L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("slow-apply", 205, "2026-11-25T16:39:06.903Z", 1795624746903L, 1457.492257, "key:\"health\" "),
                log.e("slow-apply", 212, "2026-11-25T16:39:08.113Z", 1795624748113L, 1183.983417, "key:\"health\" "),
                log.e("leader-stepped-down", 217, "2026-11-25T16:39:12.898Z", 1795624752898L, -1, "quorum not active"),
                log.e("leader-lost", 219, "2026-11-25T16:39:12.898Z", 1795624752898L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("leader-elected", 241, "2026-11-25T16:39:15.402Z", 1795624755402L, -1, "leader 2c9f379386efc5a3 at term 8"),
                log.e("leader-stepped-down", 245, "2026-11-25T16:39:16.398Z", 1795624756398L, -1, "quorum not active"),
                log.e("leader-lost", 247, "2026-11-25T16:39:16.398Z", 1795624756398L, -1, "leader 2c9f379386efc5a3 at term 8"));
        log.elections(1795624405099L, 1795624738907L, 1795624743504L, 1795624746903L, 1795624755402L,
                1795624759104L, 1795624766406L, 1795624779016L, 1795624782300L, 1795624793010L,
                1795624798102L, 1795624837602L, 1795624841704L, 1795624877700L);
    }

    /** First run, etcd-master-1 (zap): slow fdatasync, the elections and lost leaders a follower sees. */
    @Test
    void run1Master1() {
        Log log = new Log(Captures.RUN1 + "logs/etcd-master-1.log");
        log.header("etcd-master-1", "zap", 642, "2026-11-25T16:33:22.884Z", "2026-11-25T16:42:17.825Z", 2147483648L);
        log.counts("leader-elected", 14L, "slow-apply", 27L, "compaction", 1L, "defragmentation", 1L, "slow-fdatasync", 80L, "slow-read-index", 43L, "leader-lost", 13L);
        log.worst(
                log.e("slow-apply", 185, "2026-11-25T16:39:10.576Z", 1795624750576L, 3644.533603, "key:\"health\" "),
                log.e("compaction", 102, "2026-11-25T16:38:46.297Z", 1795624726297L, 432.904203, ""),
                log.e("slow-fdatasync", 518, "2026-11-25T16:40:28.657Z", 1795624828657L, 1218.713456, ""));
        log.samples(
                log.e("leader-elected", 63, "2026-11-25T16:33:25.100Z", 1795624405100L, -1, "leader 2c9f379386efc5a3 at term 2"),
                log.e("slow-apply", 87, "2026-11-25T16:36:10.294Z", 1795624570294L, 163.473284, "header:<ID:4368106893466905873 > delete_range:<key:\"/etcdctl-check-perf/\" range_end:\"/etcdctl-check-perf0\" > "),
                log.e("compaction", 102, "2026-11-25T16:38:46.297Z", 1795624726297L, 432.904203, ""),
                log.e("defragmentation", 106, "2026-11-25T16:38:48.733Z", 1795624728733L, -1, ""),
                log.e("slow-fdatasync", 107, "2026-11-25T16:38:52.846Z", 1795624732846L, 1200.680434, ""),
                log.e("slow-fdatasync", 108, "2026-11-25T16:38:54.052Z", 1795624734052L, 1200.910795, ""),
                log.e("slow-fdatasync", 109, "2026-11-25T16:38:55.259Z", 1795624735259L, 1201.312314, ""),
                log.e("slow-apply", 110, "2026-11-25T16:38:55.274Z", 1795624735274L, 1215.926745, "header:<ID:14241404651546595422 > put:<key:\"/kubernetes.io/leases/kube-system/slow-2\" value_size:2 >"),
                log.e("slow-read-index", 111, "2026-11-25T16:38:55.831Z", 1795624735831L, -1, ""),
                log.e("slow-read-index", 112, "2026-11-25T16:38:56.332Z", 1795624736332L, -1, ""),
                log.e("leader-lost", 116, "2026-11-25T16:38:56.503Z", 1795624736503L, -1, "leader 2c9f379386efc5a3 at term 3"),
                log.e("slow-read-index", 117, "2026-11-25T16:38:56.833Z", 1795624736833L, -1, ""),
                log.e("slow-read-index", 119, "2026-11-25T16:38:57.334Z", 1795624737334L, -1, ""),
                log.e("slow-fdatasync", 124, "2026-11-25T16:38:57.705Z", 1795624737705L, 1200.802275, ""),
                log.e("slow-read-index", 125, "2026-11-25T16:38:57.836Z", 1795624737836L, -1, ""),
                log.e("slow-fdatasync", 131, "2026-11-25T16:38:58.907Z", 1795624738907L, 1200.644105, ""),
                log.e("leader-elected", 132, "2026-11-25T16:38:58.909Z", 1795624738909L, -1, "leader 2c9f379386efc5a3 at term 4"),
                log.e("slow-apply", 133, "2026-11-25T16:38:58.909Z", 1795624738909L, 3578.127353, "key:\"health\" "),
                log.e("slow-apply", 138, "2026-11-25T16:39:00.325Z", 1795624740325L, 1388.854053, "key:\"health\" "),
                log.e("leader-lost", 145, "2026-11-25T16:39:01.199Z", 1795624741199L, -1, "leader 2c9f379386efc5a3 at term 5"),
                log.e("leader-elected", 161, "2026-11-25T16:39:03.505Z", 1795624743505L, -1, "leader 2c9f379386efc5a3 at term 6"),
                log.e("leader-lost", 167, "2026-11-25T16:39:05.700Z", 1795624745700L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("leader-elected", 173, "2026-11-25T16:39:06.905Z", 1795624746905L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("slow-apply", 174, "2026-11-25T16:39:06.905Z", 1795624746905L, 1456.886597, "key:\"health\" "),
                log.e("leader-lost", 197, "2026-11-25T16:39:14.201Z", 1795624754201L, -1, "leader 2c9f379386efc5a3 at term 8"),
                log.e("leader-elected", 203, "2026-11-25T16:39:15.403Z", 1795624755403L, -1, "leader 2c9f379386efc5a3 at term 8"),
                log.e("leader-lost", 214, "2026-11-25T16:39:17.901Z", 1795624757901L, -1, "leader 2c9f379386efc5a3 at term 9"));
        log.elections(1795624405100L, 1795624738909L, 1795624743505L, 1795624746905L, 1795624755403L,
                1795624759105L, 1795624766409L, 1795624779018L, 1795624782302L, 1795624793012L,
                1795624798104L, 1795624837603L, 1795624841705L, 1795624877700L);
    }

    /** First run, etcd-master-2 (capnslog): slow disk, then partitioned and stopped. */
    @Test
    void run1Master2() {
        Log log = new Log(Captures.RUN1 + "logs/etcd-master-2.log");
        log.header("etcd-master-2", "capnslog", 653, "2026-11-25 16:33:22.904745", "2026-11-25 16:41:22.276740", 0L);
        log.counts("leader-elected", 12L, "compaction", 1L, "defragmentation", 1L, "slow-fdatasync", 80L, "slow-apply", 31L, "slow-read-index", 84L, "leader-lost", 11L);
        log.worst(
                log.e("compaction", 112, "2026-11-25 16:38:46.328586", 1795624726328L, 473.821354, ""),
                log.e("slow-fdatasync", 395, "2026-11-25 16:40:36.361645", 1795624836361L, 1243.640874, ""),
                log.e("slow-apply", 591, "2026-11-25 16:41:15.557451", 1795624875557L, 4999.348018, "read-only range request \"key:\\\"health\\\" \" with result \"error:context deadline exceeded\""));
        log.samples(
                log.e("leader-elected", 66, "2026/11/25 16:33:25", 1795624405000L, -1, "leader 2c9f379386efc5a3 at term 2"),
                log.e("compaction", 112, "2026-11-25 16:38:46.328586", 1795624726328L, 473.821354, ""),
                log.e("defragmentation", 114, "2026-11-25 16:38:48.841611", 1795624728841L, -1, ""),
                log.e("slow-fdatasync", 115, "2026-11-25 16:38:52.846649", 1795624732846L, 1200.991876, ""),
                log.e("slow-fdatasync", 116, "2026-11-25 16:38:54.052999", 1795624734052L, 1200.850943, ""),
                log.e("slow-fdatasync", 117, "2026-11-25 16:38:55.258521", 1795624735258L, 1200.799146, ""),
                log.e("slow-apply", 118, "2026-11-25 16:38:55.278058", 1795624735278L, 1219.721667, "request \"header:<ID:14241404651546595422 > put:<key:\\\"/kubernetes.io/leases/kube-system/slow-2\\\" value_size:2 >\" with result \"size:6\""),
                log.e("slow-read-index", 119, "2026-11-25 16:38:55.829445", 1795624735829L, -1, ""),
                log.e("slow-read-index", 120, "2026-11-25 16:38:56.330882", 1795624736330L, -1, ""),
                log.e("leader-lost", 124, "2026/11/25 16:38:56", 1795624736000L, -1, "leader 2c9f379386efc5a3 at term 3"),
                log.e("slow-read-index", 125, "2026-11-25 16:38:56.831204", 1795624736831L, -1, ""),
                log.e("slow-read-index", 127, "2026-11-25 16:38:57.332017", 1795624737332L, -1, ""),
                log.e("slow-fdatasync", 132, "2026-11-25 16:38:57.705083", 1795624737705L, 1200.976942, ""),
                log.e("slow-read-index", 133, "2026-11-25 16:38:57.832917", 1795624737832L, -1, ""),
                log.e("slow-fdatasync", 139, "2026-11-25 16:38:58.907093", 1795624738907L, 1200.725133, ""),
                log.e("leader-elected", 140, "2026/11/25 16:38:58", 1795624738000L, -1, "leader 2c9f379386efc5a3 at term 4"),
                log.e("slow-apply", 141, "2026-11-25 16:38:58.909923", 1795624738909L, 3580.726884, "read-only range request \"key:\\\"health\\\" \" with result \"error:etcdserver: leader changed\""),
                log.e("slow-apply", 145, "2026-11-25 16:39:00.327144", 1795624740327L, 1388.990256, "read-only range request \"key:\\\"health\\\" \" with result \"error:context deadline exceeded\""),
                log.e("leader-lost", 154, "2026/11/25 16:39:01", 1795624741000L, -1, "leader 2c9f379386efc5a3 at term 5"),
                log.e("leader-elected", 171, "2026/11/25 16:39:03", 1795624743000L, -1, "leader 2c9f379386efc5a3 at term 6"),
                log.e("leader-lost", 177, "2026/11/25 16:39:05", 1795624745000L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("leader-elected", 183, "2026/11/25 16:39:06", 1795624746000L, -1, "leader 2c9f379386efc5a3 at term 7"),
                log.e("slow-apply", 184, "2026-11-25 16:39:06.906282", 1795624746906L, 1456.396553, "read-only range request \"key:\\\"health\\\" \" with result \"error:etcdserver: leader changed\""),
                log.e("slow-apply", 193, "2026-11-25 16:39:10.570910", 1795624750570L, 3635.496535, "read-only range request \"key:\\\"health\\\" \" with result \"range_response_count:0 size:6\""),
                log.e("leader-lost", 218, "2026/11/25 16:39:17", 1795624757000L, -1, "leader 2c9f379386efc5a3 at term 9"),
                log.e("leader-elected", 229, "2026/11/25 16:39:19", 1795624759000L, -1, "leader 2c9f379386efc5a3 at term 9"),
                log.e("leader-lost", 236, "2026/11/25 16:39:21", 1795624761000L, -1, "leader 2c9f379386efc5a3 at term 10"));
        log.elections(1795624405000L, 1795624738000L, 1795624743000L, 1795624746000L, 1795624759000L,
                1795624766000L, 1795624779000L, 1795624793000L, 1795624798000L, 1795624837000L,
                1795624841000L, 1795624877000L);
    }

    /** One log's summary and the events expected of it, each built from its line in the file. */
    private static final class Log {

        private final String path;
        private final EtcdLogSummary summary;

        Log(String path) {
            this.path = path;
            Parsing p = Parsing.fixture(new EtcdLogParser(), path);
            assertThat(p.diagnostics).isEmpty();
            assertThat(p.records).hasSize(1);
            summary = p.only(EtcdLogSummary.class);
            assertThat(summary.location()).isEqualTo(Captures.at(path, 0));
        }

        void header(String member, String format, long lines, String first, String last, long quota) {
            assertThat(Captures.lines(path)).hasSize((int) lines);
            assertThat(summary.member()).isEqualTo(member);
            assertThat(summary.format().id()).isEqualTo(format);
            assertThat(summary.lines()).isEqualTo(lines);
            assertThat(summary.firstTime()).isEqualTo(first);
            assertThat(summary.lastTime()).isEqualTo(last);
            assertThat(summary.quotaBytes()).isEqualTo(quota);
        }

        void counts(Object... kindAndCount) {
            Map<EtcdLogEvent.Kind, Long> expected = new LinkedHashMap<>();
            for (int i = 0; i < kindAndCount.length; i += 2) {
                expected.put(EtcdLogEvent.Kind.of((String) kindAndCount[i]), (Long) kindAndCount[i + 1]);
            }
            assertThat(summary.counts()).containsExactlyInAnyOrderEntriesOf(expected);
            expected.forEach((kind, n) -> assertThat(summary.count(kind)).isEqualTo(n));
        }

        void worst(EtcdLogEvent... events) {
            Map<EtcdLogEvent.Kind, EtcdLogEvent> expected = new LinkedHashMap<>();
            for (EtcdLogEvent e : events) {
                expected.put(e.kind(), e);
            }
            assertThat(summary.worst()).containsExactlyInAnyOrderEntriesOf(expected);
        }

        void samples(EtcdLogEvent... events) {
            assertThat(summary.samples()).containsExactly(events);
        }

        void elections(Long... epochMillis) {
            assertThat(summary.elections()).containsExactly(epochMillis);
        }

        /** The event of line {@code n}; its excerpt is the line (cut at 1,000 characters). */
        EtcdLogEvent e(String kind, long n, String time, long epochMillis, double durationMillis, String detail) {
            String line = Captures.line(path, n);
            return new EtcdLogEvent(EtcdLogEvent.Kind.of(kind), time, epochMillis, durationMillis, detail, Captures.at(path, n),
                    line.length() > 1000 ? line.substring(0, 1000) + "\u2026" : line);
        }
    }
}
