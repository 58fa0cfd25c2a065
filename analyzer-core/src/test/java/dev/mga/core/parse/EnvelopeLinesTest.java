package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.spi.Envelope;
import dev.mga.core.spi.LineEnvelope;
import dev.mga.core.spi.Lines;
import dev.mga.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each envelope on real captures (fixtures/envelopes, the must-gather and node fixtures, the real-world corpus). */
class EnvelopeLinesTest {

    /** One line as the layer hands it out. */
    record Seen(long number, String text, String raw, String excerpt, LineEnvelope envelope, boolean content,
                boolean verbatim, int spans) {
    }

    static List<Seen> read(byte[] content) {
        List<Seen> out = new ArrayList<>();
        Lines l = EnvelopeLines.open(new ByteArrayInputStream(content), 1 << 20, content.length);
        try {
            while (l.advance()) {
                out.add(new Seen(l.lineNumber(), l.string(), l.raw(), l.excerpt(), l.envelope(), l.isContent(), l.isVerbatim(),
                        l.physicalLines()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Seen> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Seen> fixture(String relative) {
        try {
            return read(Files.readAllBytes(Fixtures.path(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String INSIGHTS =
            "must-gather/real-insights-archive-sample/config/node/logs/ip-10-0-135-228.us-east-2.compute.internal.log";

    @ParameterizedTest
    @CsvSource({
        "envelopes/journald/kubelet-short.txt, Nov 10 14:17:41, -1",
        "envelopes/journald/kubelet-short-precise.txt, Nov 10 14:17:41.900439, -1",
        "envelopes/journald/kubelet-short-iso.txt, 2023-11-10T14:17:41+0000, 2023",
        "envelopes/journald/kubelet-short-iso-precise.txt, 2023-11-10T14:17:41.900439+0000, 2023",
        "envelopes/journald/kubelet-short-full.txt, Fri 2023-11-10 14:17:41 UTC, 2023",
    })
    void journalOutputModesCarryTheSameEntries(String file, String firstTime, int year) {
        List<Seen> source = fixture(INSIGHTS);
        List<Seen> lines = fixture(file);
        assertThat(lines).hasSize(50);
        for (int i = 0; i < lines.size(); i++) {
            Seen s = lines.get(i);
            assertThat(s.envelope().kinds()).containsExactly(Envelope.JOURNAL);
            assertThat(s.envelope().host()).isEqualTo("ci-ln-b3f5vqb-72292-v2kk6-master-0");
            assertThat(s.envelope().identifier()).isEqualTo("kubenswrapper");
            assertThat(s.envelope().pid()).isEqualTo(2296);
            assertThat(s.envelope().year()).isEqualTo(year);
            assertThat(s.envelope().month()).isEqualTo(11);
            // the message is the same whatever the mode, and a verbatim part of the line
            assertThat(s.text()).isEqualTo(source.get(i).text()).startsWith(source.get(i).text().substring(0, 5));
            assertThat(s.raw()).endsWith(": " + s.text());
            assertThat(s.excerpt()).isEqualTo(s.text());
            assertThat(s.content()).isTrue();
        }
        assertThat(lines.get(0).envelope().time()).isEqualTo(firstTime);
        assertThat(lines.get(0).text()).startsWith("E1110 14:17:41.900391    2296 pod_workers.go:1300] \"Error syncing pod, skipping\"");
    }

    @Test
    void journalWithoutHostnameAndItsNotes() {
        List<Seen> lines = fixture("envelopes/journald/kubelet-short-no-hostname.txt");
        assertThat(lines).allSatisfy(s -> {
            assertThat(s.envelope().host()).isEmpty();
            assertThat(s.envelope().identifier()).isEqualTo("kubenswrapper");
            assertThat(s.envelope().pid()).isEqualTo(2296);
        });
        assertThat(lines.get(0).text()).isEqualTo(fixture(INSIGHTS).get(0).text());
        Seen note = fixture("envelopes/journald/no-entries.txt").get(0);
        assertThat(note.envelope().kinds()).containsExactly(Envelope.JOURNAL);
        assertThat(note.envelope().note()).isTrue();
        assertThat(note.content()).isFalse();
        assertThat(note.text()).isEqualTo("-- No entries --");
        // systemd 239 in must-gathers: a note between the nodes' journals
        Seen begin = read("-- Logs begin at Tue 2021-08-03 09:10:29 UTC, end at Tue 2021-08-03 10:13:48 UTC. --\n").get(0);
        assertThat(begin.content()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"journalctl-k.txt", "journalctl-k-o-short-iso.txt", "journalctl-k-o-short-precise.txt"})
    void kernelJournalHasNoPidAndContinuesMessagesOnIndentedLines(String file) {
        List<Seen> all = fixture("node/kernel-args/pool-short-6.1.0-57/" + file);
        // a multi-line message goes on in lines indented under its text: content, no envelope
        List<Seen> continued = all.stream().filter(s -> s.envelope().kinds().isEmpty()).toList();
        assertThat(continued).isNotEmpty().allSatisfy(s -> assertThat(s.raw()).startsWith("          ").isEqualTo(s.text()));
        List<Seen> lines = all.stream().filter(s -> !s.envelope().kinds().isEmpty()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(s -> {
            assertThat(s.envelope().kinds()).containsExactly(Envelope.JOURNAL);
            assertThat(s.envelope().host()).isEqualTo("guest");
            assertThat(s.envelope().identifier()).isEqualTo("kernel");
            assertThat(s.envelope().pid()).isEqualTo(-1);
        });
        assertThat(lines.get(0).text()).startsWith("Linux version 6.1.0-57-amd64");
    }

    @Test
    void criLinesOfCrioBehindAPrompt() {
        List<Seen> lines = fixture("envelopes/cri/crio-alertmanager-proxy-head-5.txt");
        assertThat(lines).hasSize(6);
        Seen prompt = lines.get(0);
        assertThat(prompt.content()).isFalse();
        assertThat(prompt.envelope().prompt()).isTrue();
        assertThat(prompt.envelope().command()).startsWith("head -5 alertmanager-main-0_openshift-monitoring_alertmanager-proxy-");
        for (Seen s : lines.subList(1, 6)) {
            assertThat(s.envelope().kinds()).containsExactly(Envelope.CRI);
            assertThat(s.envelope().stream()).isEqualTo("stderr");
            assertThat(s.envelope().year()).isEqualTo(2020);
            assertThat(s.text()).startsWith("2020/01/26 03:17:29 ");
            assertThat(s.raw()).isEqualTo(s.envelope().time() + " stderr F " + s.text());
        }
        assertThat(lines.get(1).envelope().time()).isEqualTo("2020-01-26T03:17:29.346494690+00:00");
        assertThat(lines.get(5).text()).isEqualTo("2020/01/26 03:17:29 oauthproxy.go:221: compiled skip-auth-regex => \"^/metrics\"");
    }

    @Test
    void criPartialLinesAreJoinedAndCitedByTheirFirstLine() {
        Seen real = fixture("envelopes/cri/crio-alertmanager-proxy-head-5.txt").get(2);
        String time = real.envelope().time();
        String text = real.text();
        // the runtime splits a long line into P lines ended by an F line, each with its own prefix
        String split = time + " stderr P " + text.substring(0, 30) + "\n" + time + " stderr P " + text.substring(30, 60) + "\n"
                + time + " stderr F " + text.substring(60) + "\n" + real.raw() + "\n";
        List<Seen> lines = read(split);
        assertThat(lines).hasSize(2);
        Seen joined = lines.get(0);
        assertThat(joined.text()).isEqualTo(text);
        assertThat(joined.number()).isEqualTo(1);
        assertThat(joined.spans()).isEqualTo(3);
        assertThat(joined.verbatim()).isFalse();
        assertThat(joined.excerpt()).isEqualTo(time + " stderr P " + text.substring(0, 30));
        assertThat(lines.get(1).number()).isEqualTo(4);
        assertThat(lines.get(1).text()).isEqualTo(text);
        // a P line of another stream does not continue it: both are kept as they are
        List<Seen> other = read(time + " stdout P part\n" + real.raw() + "\n");
        assertThat(other).extracting(Seen::text).containsExactly("part", text);
    }

    @Test
    void dockerJsonLinesAreDecodedAndCitedAsCaptured() {
        List<Seen> lines = fixture("envelopes/docker-json/kube-apiserver-pods-9.log.txt");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).envelope().command())
                .isEqualTo("cat /var/log/pods/kube-system_kube-apiserver-controlplane_45b2867617046c1308cb3f7e22c02c27/kube-apiserver/9.log");
        for (Seen s : lines.subList(1, 4)) {
            assertThat(s.envelope().kinds()).containsExactly(Envelope.DOCKER_JSON);
            assertThat(s.envelope().stream()).isEqualTo("stderr");
        }
        Seen plain = lines.get(2);
        assertThat(plain.text()).isEqualTo("I0316 03:29:16.056537       1 server.go:172] Version: v1.23.0");
        assertThat(plain.envelope().time()).isEqualTo("2022-03-16T03:29:16.056696055Z");
        assertThat(plain.verbatim()).isTrue(); // no escape but the final \n: the text is in the line
        assertThat(plain.excerpt()).isEqualTo(plain.text());
        Seen escaped = lines.get(3);
        assertThat(escaped.text()).isEqualTo("E0316 03:29:16.449049       1 run.go:120] \"command failed\" "
                + "err=\"open /etc/kubernetes/pki/ca-authority.crt: no such file or directory\"");
        assertThat(escaped.verbatim()).isFalse();
        assertThat(escaped.excerpt()).isEqualTo(escaped.raw()).startsWith("{\"log\":\"E0316");
    }

    @Test
    void dockerJsonOfDockerdAndTheElisionsAroundIt() {
        List<Seen> lines = fixture("envelopes/docker-json/dockerd-dind-json-log.txt");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).envelope().kinds()).isEmpty(); // "[...]": the reporter's elision, content
        assertThat(lines.get(6).envelope().kinds()).isEmpty();
        assertThat(lines.get(1).text()).isEqualTo("time=\"2020-04-10T14:04:50.847156802Z\" level=info msg=\"Processing signal 'interrupt'\"");
        assertThat(lines.subList(1, 6)).allSatisfy(s -> assertThat(s.envelope().kinds()).containsExactly(Envelope.DOCKER_JSON));
    }

    @Test
    void dockerPartialLinesAreJoined() {
        String a = "{\"log\":\"I0316 03:29:16.056537       1 server.go:172] \",\"stream\":\"stderr\",\"time\":\"2022-03-16T03:29:16.056696055Z\"}";
        String b = "{\"log\":\"Version: v1.23.0\\n\",\"stream\":\"stderr\",\"time\":\"2022-03-16T03:29:16.056696055Z\"}";
        List<Seen> lines = read(a + "\n" + b + "\n");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).text()).isEqualTo("I0316 03:29:16.056537       1 server.go:172] Version: v1.23.0");
        assertThat(lines.get(0).spans()).isEqualTo(2);
        assertThat(lines.get(0).excerpt()).isEqualTo(a);
    }

    @Test
    void kubectlPrefixOfRealKubectl() {
        List<Seen> lines = fixture("envelopes/kubectl-prefix/nfd-worker-prefix.txt");
        List<Seen> plain = fixture("klog/seed-nfd-worker/capture/nfd-worker-4v2pw.log");
        assertThat(lines).hasSameSizeAs(plain);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).envelope().kinds()).containsExactly(Envelope.KUBECTL_PREFIX);
            assertThat(lines.get(i).envelope().pod()).isEqualTo("nfd-worker-4v2pw");
            assertThat(lines.get(i).envelope().container()).isEqualTo("nfd-worker");
            assertThat(lines.get(i).text()).isEqualTo(plain.get(i).raw());
        }
        List<Seen> nginx = fixture("envelopes/kubectl-prefix/echo-req-nginx.txt");
        assertThat(nginx).extracting(s -> s.envelope().pod()).containsExactly("echo-req-7cfd7bf68f-nk5kr", "echo-req-7cfd7bf68f-dhrwd");
        assertThat(nginx.get(0).text()).startsWith("172.17.0.1 - - [22/Nov/2020:17:19:05 +0000] \"GET /test HTTP/1.1\"");
    }

    @Test
    void prefixOutsideATimestampOutsideIn() {
        List<Seen> lines = read("[pod/descheduler-6f8d9c5b7-kx2lp/descheduler] 2024-06-12T10:00:01.202818512Z I0612 10:00:01.200000"
                + "       1 descheduler.go:418] \"Building a pod evictor\"\n");
        assertThat(lines.get(0).envelope().kinds()).containsExactly(Envelope.KUBECTL_PREFIX, Envelope.TIMESTAMP);
        assertThat(lines.get(0).envelope().time()).isEqualTo("2024-06-12T10:00:01.202818512Z");
        assertThat(lines.get(0).text()).startsWith("I0612 10:00:01.200000");
    }

    @Test
    void mailQuotingAtAnyDepthAroundPromptsAndContent() {
        List<Seen> quoted = fixture("real-world/slab/lkml-20100803-quoted-meminfo-slabinfo-buddyinfo/paste.txt");
        assertThat(quoted.get(0).envelope().kinds()).containsExactly(Envelope.QUOTE, Envelope.SHELL_PROMPT);
        assertThat(quoted.get(0).envelope().command()).isEqualTo("cat /proc/meminfo");
        assertThat(quoted.get(1).text()).isEqualTo("MemTotal:       33084008 kB");
        // slabinfo's header is content, not a "# name" prompt
        Seen header = quoted.stream().filter(s -> s.text().startsWith("# name")).findFirst().orElseThrow();
        assertThat(header.envelope().kinds()).containsExactly(Envelope.QUOTE);
        assertThat(header.content()).isTrue();
        List<Seen> deep = fixture("real-world/slab/lkml-20130425-ppc64-alloc-calls-triple-quoted-wrapped/paste.txt");
        assertThat(deep).filteredOn(s -> s.raw().startsWith(">>>> ")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.raw()).startsWith(">>>>"));
        // call sites the mail client wrapped (pid=, cpus=, nodes= on their own lines) are joined again
        assertThat(deep).hasSize(6).allSatisfy(s -> {
            assertThat(s.text()).contains(" age=", " pid=", " cpus=").endsWith(" nodes=1");
            assertThat(s.spans()).isBetween(2, 4);
            assertThat(s.text()).startsWith(s.raw().substring(">>>> ".length())); // the evidence is the first line
        });
        assertThat(read("> > Nov 10 14:17:42 guest kernel: x\n").get(0).envelope().kinds())
                .containsExactly(Envelope.QUOTE, Envelope.JOURNAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $ etcdctl -w table endpoint status                       | etcdctl -w table endpoint status
            [root@master1 /]# etcdctl member list                    | etcdctl member list
            [root@myocp42-pdqlw-worker-eastus2-thg2w containers]# ls | ls
            sh-4.4#                                                  | ''
            bash-5.1$ free -h                                        | free -h
            ubuntu@worker-1:~$ cat /proc/meminfo                     | cat /proc/meminfo
            root@dpdk-github-runner:/home/tli# grep Huge /proc/meminfo | grep Huge /proc/meminfo
            _root@barreleye:~# free                                  | free
            '    $ grep ^Huge /proc/meminfo'                         | grep ^Huge /proc/meminfo
            # cat /proc/meminfo                                      | cat /proc/meminfo
            hugepages-2048kB]# for i in *; do echo -ne $i=;cat $i;done | for i in *; do echo -ne $i=;cat $i;done
            """)
    void promptsOfRealPastes(String line, String command) {
        Seen s = read(line + "\n").get(0);
        assertThat(s.envelope().kinds()).as(line).containsExactly(Envelope.SHELL_PROMPT);
        assertThat(s.content()).isFalse();
        assertThat(s.envelope().command()).isEqualTo(command);
        assertThat(s.text()).isEqualTo(line); // a prompt line is its own text
    }

    @Test
    void theShellsContinuationPromptOnlyAfterAnUnfinishedCommand() {
        List<Seen> lines = read("$ for i in a b\n> do echo $i\n> done\n> quoted mail text\na\n");
        assertThat(lines).extracting(Seen::content).containsExactly(false, false, false, true, true);
        assertThat(lines.get(3).envelope().kinds()).containsExactly(Envelope.QUOTE);
    }

    /** Real lines of the formats mga reads, from the fixtures: none of them is an envelope. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I1125 16:42:09.283625   21492 memcache.go:265] \"Unhandled Error\"",
        "E1110 14:17:41.900391    2296 pod_workers.go:1300] \"Error syncing pod, skipping\"",
        "MemTotal:       16318252 kB",
        "Mapped:           358220 kB",
        "Node 0 MemTotal:       65855452 kB",
        "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>",
        "# add a small dedicated region (128*2M = 256MB)",
        "# 26540521 vm.min_free_kbytes to 1024MB",
        "# [...]",
        "   # for the SNI case, we also need to compare it in case-insensitive mode",
        "| https://10.0.0.1:2379 | 8e9e05c52164694d |   3.4.23 |   25 MB |     false |      false |         2 |",
        "+----------------------+------------------+",
        "\"ClusterID\" : 13860580471124810119",
        "https://10.0.0.1:2379, 8e9e05c52164694d, 3.4.23, 25 MB, false, false, 2, 14719, 14719, ",
        "2022-06-25 00:10:58.123456 W | wal: sync duration of 1.2s, expected less than 1s",
        "{\"level\":\"info\",\"ts\":1700000000.1234567,\"caller\":\"etcdserver/server.go:1\",\"msg\":\"x\"}",
        "{\"ts\":1580306777047.28,\"caller\":\"x.go:12\",\"msg\":\"hello\",\"v\":0}",
        "2021-08-03 10:13:48.953347013 +0000 UTC m=+0.035744584",
        "2026-11-30T12:24:26Z",
        "top - 10:00:01 up 3 days,  2:01,  1 user,  load average: 0.00, 0.01, 0.05",
        "Mem:       16318252     8216044     1035460",
        "  12345 root      20   0 1234567  98765   4321 S   0.0   0.6   0:01.23 etcd",
        "vm.nr_hugepages = 0",
        "     35 kmem_cache_alloc+0x64/0x1c0 age=1234/5678/9012 pid=1-2345",
        "kmalloc-32         12345  12800     32  128    1 : tunables    0    0    0 : slabdata    100    100      0",
        "NAME                     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%",
        "master-0.ocp-power.xyz   1894m        25%    15272Mi         49%",
        "00400000-0040b000 r-xp 00000000 fd:00 1234 /usr/bin/cat",
        "HOSTNAME: master-0",
        "Nov",
        "Nov 20 is the date",
        "[...]",
        "[pod/x",
        "$5 is the price",
        "Error: context deadline exceeded",
    })
    void realLinesAreNotEnvelopes(String line) {
        Seen s = read(line + "\n").get(0);
        assertThat(s.envelope().kinds()).as(line).isEmpty();
        assertThat(s.text()).isEqualTo(line);
        assertThat(s.content()).isTrue();
    }

    @Test
    void aRealPodLogOfAMustGather() {
        String log = "descheduler/must-gather-automatic/must-gather.local.8243021905112/quay-io-openshift-release-dev-ocp-v4-0-art-dev-"
                + "sha256-4c1d2f1a7d0e3b6c9a5f8e2d1c0b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b/namespaces/openshift-kube-descheduler-operator"
                + "/pods/descheduler-6f8d9c5b7-kx2lp/openshift-descheduler/openshift-descheduler/logs/current.log";
        assertThat(fixture(log)).allSatisfy(s -> {
            assertThat(s.envelope().kinds()).containsExactly(Envelope.TIMESTAMP);
            assertThat(s.envelope().year()).isEqualTo(2024);
            assertThat(s.raw()).isEqualTo(s.envelope().time() + " " + s.text());
        });
    }

    /** What one line's envelope carried never leaks into a later line's (the fields are reused). */
    @Test
    void fieldsBelongToTheirLine() {
        List<Seen> lines = read("Nov 10 14:17:42 guest kernel[7]: a\nplain\n" + "2024-06-12T10:00:01.2Z b\n"
                + "[pod/p/c] x\n" + "2024-06-12T10:00:01.2Z stdout F y\n");
        assertThat(lines.get(1).envelope()).isEqualTo(LineEnvelope.NONE);
        LineEnvelope stamp = lines.get(2).envelope();
        assertThat(List.of(stamp.host(), stamp.identifier(), stamp.stream(), stamp.pod())).containsOnly("");
        assertThat(stamp.pid()).isEqualTo(-1);
        assertThat(lines.get(4).envelope().pod()).isEmpty();
        assertThat(lines.get(4).envelope().stream()).isEqualTo("stdout");
    }
}
