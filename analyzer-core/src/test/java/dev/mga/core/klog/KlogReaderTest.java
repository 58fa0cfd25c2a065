package dev.mga.core.klog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.klog.KlogEntry;
import dev.mga.core.model.klog.KlogField;
import dev.mga.core.model.klog.KlogFormat;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.model.klog.KlogMessageCount;
import dev.mga.core.model.klog.KlogSeverity;
import dev.mga.core.parse.EnvelopeLines;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KlogReaderTest {

    private static final String KUBECTL_E = "E1125 16:42:09.283625   21492 memcache.go:265] \"Unhandled Error\" err=\"couldn't get "
            + "current server API group list: Get \\\"https://127.0.0.1:1/api?timeout=32s\\\": dial tcp 127.0.0.1:1: connect: connection refused\"";

    static List<KlogEntry> entries(String text, Map<String, String> options) throws IOException {
        List<KlogEntry> out = new ArrayList<>();
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
            }

            @Override
            public void diagnostic(long line, String message) {
            }
        };
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ParseInput in = new ParseInput(new CaptureEntry("t", "x.log", "x.log", b.length, 0), new ByteArrayInputStream(b), "",
                options, 1 << 20, EnvelopeLines::open);
        new KlogReader(in, ctx).read(l -> out.add(l.toEntry()));
        return out;
    }

    @Test
    void structuredErrorLineOfKubectl() throws IOException {
        KlogEntry e = entries(KUBECTL_E, Map.of()).get(0);
        assertThat(e.severity()).isEqualTo(KlogSeverity.ERROR);
        assertThat(e.time()).isEqualTo("11-25 16:42:09.283625");
        assertThat(e.threadId()).isEqualTo(21492);
        assertThat(e.source()).isEqualTo("memcache.go:265");
        assertThat(e.message()).isEqualTo("Unhandled Error");
        assertThat(e.structured()).isTrue();
        assertThat(e.fields()).containsExactly(new KlogField("err", "couldn't get current server API group list: Get "
                + "\"https://127.0.0.1:1/api?timeout=32s\": dial tcp 127.0.0.1:1: connect: connection refused"));
        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.excerpt()).isEqualTo(KUBECTL_E);
    }

    @Test
    void yearFromOptionAndFromTimestampPrefix() throws IOException {
        assertThat(entries(KUBECTL_E, Map.of(KlogReader.YEAR_OPTION, "2026")).get(0).time()).isEqualTo("2026-11-25T16:42:09.283625");
        KlogEntry e = entries("2024-06-12T10:00:01.202818512Z " + KUBECTL_E.replace("E1125", "E0612"), Map.of()).get(0);
        assertThat(e.time()).isEqualTo("2024-06-12T16:42:09.283625");
        KlogEntry newYear = entries("2025-01-01T00:00:00.1Z I1231 23:59:59.999999       1 a.go:1] \"x\"", Map.of()).get(0);
        assertThat(newYear.time()).isEqualTo("2024-12-31T23:59:59.999999");
    }

    @Test
    void printfMessagesKeysWithSpacesAndStructs() throws IOException {
        List<KlogEntry> e = entries("""
                I1125 16:42:09.290005   21492 helpers.go:264] Connection error: Get https://127.0.0.1:1/api?timeout=32s: dial tcp
                I1112 13:08:25.261811       1 profile.go:323] "Total number of pods evicted" extension point="Deschedule" evictedPods=1
                I0512 19:35:45.106915       1 duplicates.go:207] "Average occurrence per node" node="worker-1" ownerKey={namespace:test kind:ReplicaSet name:unbalanced-6d757874c4} avg=1
                """, Map.of());
        assertThat(e.get(0).structured()).isFalse();
        assertThat(e.get(0).message()).isEqualTo("Connection error: Get https://127.0.0.1:1/api?timeout=32s: dial tcp");
        assertThat(e.get(1).fields()).containsExactly(new KlogField("extension point", "Deschedule"), new KlogField("evictedPods", "1"));
        assertThat(e.get(2).fields()).containsExactly(new KlogField("node", "worker-1"),
                new KlogField("ownerKey", "{namespace:test kind:ReplicaSet name:unbalanced-6d757874c4}"), new KlogField("avg", "1"));
    }

    @Test
    void multiLineValuesAndContinuationLines() throws IOException {
        List<KlogEntry> e = entries("I0623 14:39:47.570487       1 memory.go:99] \"discovered\" features=<\n"
                + "\tInstances:\n\t  nv: {}\n >  count=2\n"
                + "W0623 14:39:48.000001       1 x.go:7] panic follows\ngoroutine 1 [running]:\n", Map.of());
        assertThat(e).hasSize(2);
        assertThat(e.get(0).fields()).containsExactly(new KlogField("features", "Instances:\n  nv: {}"), new KlogField("count", "2"));
        assertThat(e.get(0).lines()).isEqualTo(4);
        assertThat(e.get(1).severity()).isEqualTo(KlogSeverity.WARNING);
        assertThat(e.get(1).lines()).isEqualTo(2);
    }

    @Test
    void markdownLabelBeforeTheFirstHeaderOnly() throws IOException {
        List<KlogEntry> e = entries("""
                **kube scheduler Logs  :** I1228 16:59:28.077293 1 leaderelection.go:241] attempting to acquire leader lease
                F1228 17:00:42.008059 1 server.go:264] leaderelection lost
                **not a label:** I1228 17:00:43.000000 1 a.go:1] continues the entry above
                """, Map.of());
        assertThat(e).hasSize(2);
        assertThat(e.get(0).severity()).isEqualTo(KlogSeverity.INFO);
        assertThat(e.get(0).time()).isEqualTo("12-28 16:59:28.077293");
        assertThat(e.get(0).source()).isEqualTo("leaderelection.go:241");
        assertThat(e.get(0).threadId()).isEqualTo(1);
        assertThat(e.get(0).message()).isEqualTo("attempting to acquire leader lease");
        // the entry is cited from its header on: a verbatim part of the captured line
        assertThat(e.get(0).excerpt()).startsWith("I1228 16:59:28.077293 1 leaderelection.go:241]");
        assertThat(e.get(1).lines()).isEqualTo(2);
        // a bare word before a header is an envelope (syslog "host program: "), not a Markdown label
        assertThat(KlogReader.afterLabel("kubelet: I1228 16:59:28.077293 1 a.go:1] x", 0)).isEqualTo(-1);
        assertThat(KlogReader.afterLabel("**Logs**: E0102 03:04:05.000006 7 b.go:2] y", 0)).isEqualTo(10);
        assertThat(KlogReader.afterLabel("**Logs** text E0102 03:04:05.000006 7 b.go:2] y", 0)).isEqualTo(-1);
    }

    @Test
    void criPrefixWithPartialLines() throws IOException {
        List<KlogEntry> e = entries("2024-06-12T10:00:01.1Z stderr P E0612 10:00:01.100000       1 a.go:5] \"long\" k=\"ab\n"
                + "2024-06-12T10:00:01.1Z stderr F cd\"\n"
                + "2024-06-12T10:00:02.1Z stdout F I0612 10:00:02.000000       1 a.go:6] done\n", Map.of());
        assertThat(e).hasSize(2);
        assertThat(e.get(0).fields()).containsExactly(new KlogField("k", "abcd"));
        assertThat(e.get(0).time()).isEqualTo("2024-06-12T10:00:01.100000");
        assertThat(e.get(1).message()).isEqualTo("done");
        assertThat(e.get(1).location().line()).isEqualTo(3);
    }

    @Test
    void jsonLogFormatOfComponentBase() throws IOException {
        List<KlogEntry> e = entries("""
                {"ts":1580306777047.28,"caller":"cmd/main.go:128","msg":"Pod status updated","v":4,"pod":{"name":"nginx-1","namespace":"default"},"status":"ready"}
                {"ts":1580306777048.5,"caller":"x/y.go:9","msg":"Failed to sync","err":"timeout"}
                {"level":"warn","ts":"2022-06-25T00:10:58.123Z","caller":"etcdserver/util.go:166","msg":"apply request took too long","took":"201ms"}
                """, Map.of());
        assertThat(e.get(0).severity()).isEqualTo(KlogSeverity.INFO);
        assertThat(e.get(0).time()).isEqualTo("2020-01-29T14:06:17.047280");
        assertThat(e.get(0).source()).isEqualTo("cmd/main.go:128");
        // klog.KObj in the JSON format is {"name","namespace"}: read back in its text form, as the text format prints it
        assertThat(e.get(0).fields()).containsExactly(new KlogField("pod", "default/nginx-1"),
                new KlogField("status", "ready"));
        assertThat(e.get(1).severity()).isEqualTo(KlogSeverity.ERROR);
        assertThat(e.get(1).field("err")).isEqualTo("timeout");
        assertThat(e.get(2).severity()).isEqualTo(KlogSeverity.WARNING);
        assertThat(e.get(2).time()).isEqualTo("2022-06-25T00:10:58.123Z");
    }

    @Test
    void kubectlCaptureSummary() {
        Parsing run = Parsing.file(new KlogLogParser(),
                Fixtures.root().resolve("klog/kubectl-v8-unreachable/capture/kubectl-get-pods-v8.log"));
        KlogLogSummary s = run.only(KlogLogSummary.class);
        assertThat(s.counts().lines()).isEqualTo(54);
        assertThat(s.counts().entries()).isEqualTo(53);
        assertThat(s.counts().infos()).isEqualTo(48);
        assertThat(s.counts().errors()).isEqualTo(5);
        assertThat(s.format()).isEqualTo(KlogFormat.TEXT);
        assertThat(s.component()).isEqualTo("kubectl-get-pods-v8.log");
        assertThat(s.firstTime()).isEqualTo("11-25 16:42:09.283140");
        assertThat(s.lastTime()).isEqualTo("11-25 16:42:09.290005");
        assertThat(s.errorMessages()).isEqualTo(1);
        KlogMessageCount top = s.topErrors().get(0);
        assertThat(top.message()).isEqualTo("Unhandled Error");
        assertThat(top.count()).isEqualTo(5);
        assertThat(top.source()).isEqualTo("memcache.go:265");
        assertThat(top.location().line()).isEqualTo(10);
        assertThat(run.diagnostics).isEmpty();
    }

    @Test
    void notKlogAtAll() {
        Parsing run = Parsing.run(new KlogLogParser(), "x.log", "hello\nworld\n");
        // read all the same (a pod log's path names it): its lines are counted, not dropped
        KlogLogSummary s = run.only(KlogLogSummary.class);
        assertThat(s.counts().entries()).isZero();
        assertThat(s.counts().notKlogLines()).isEqualTo(2);
        assertThat(s.format()).isEqualTo(KlogFormat.NONE);
        assertThat(run.messages()).containsExactly("1: not a klog line (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message')",
                "2: not a klog line (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message')",
                "0: no klog line among 2 lines (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message' or a JSON log line with \"msg\")");
    }

    @Test
    void podLogPaths() {
        assertThat(PodLogPath.of("mg/ns/namespaces/openshift-kube-descheduler-operator/pods/descheduler-6f8d9c5b7-kx2lp/descheduler/descheduler/logs/previous.log"))
                .isEqualTo(new PodLogPath("openshift-kube-descheduler-operator", "descheduler-6f8d9c5b7-kx2lp", "descheduler", true));
        assertThat(PodLogPath.of("sos/var/log/pods/openshift-etcd_etcd-master-0_0f1e/etcd/0.log"))
                .isEqualTo(new PodLogPath("openshift-etcd", "etcd-master-0", "etcd", false));
    }
}
