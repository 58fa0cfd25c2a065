package dev.mga.core.klog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Component logs in the envelopes they arrive in read as the same klog log. */
class KlogEnvelopesTest {

    private static final String INSIGHTS =
            "must-gather/real-insights-archive-sample/config/node/logs/ip-10-0-135-228.us-east-2.compute.internal.log";

    /** The real kubelet journal, forced through the klog parser (as --type klog.log does), in every journalctl mode. */
    @ParameterizedTest
    @CsvSource({
        INSIGHTS + ", 11-10 14:17:41.900391, 11-10 14:21:24.899996",
        "envelopes/journald/kubelet-short.txt, 11-10 14:17:41.900391, 11-10 14:21:24.899996",
        "envelopes/journald/kubelet-short-no-hostname.txt, 11-10 14:17:41.900391, 11-10 14:21:24.899996",
        // these modes give the year
        "envelopes/journald/kubelet-short-iso.txt, 2023-11-10T14:17:41.900391, 2023-11-10T14:21:24.899996",
        "envelopes/journald/kubelet-short-full.txt, 2023-11-10T14:17:41.900391, 2023-11-10T14:21:24.899996",
    })
    void aKubeletJournalIsAKlogLog(String file, String first, String last) {
        Analyzer.ParseResult r = Analyzer.builder().build().parse(Fixtures.path(file), "klog.log");
        assertThat(r.artifacts()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(ArtifactStatus.PARSED));
        assertThat(r.diagnostics()).isEmpty();
        KlogLogSummary s = r.records().stream().filter(KlogLogSummary.class::isInstance).map(KlogLogSummary.class::cast)
                .findFirst().orElseThrow();
        assertThat(s.counts().entries()).isEqualTo(50);
        assertThat(s.counts().errors()).isEqualTo(42);
        assertThat(s.counts().infos()).isEqualTo(8);
        assertThat(s.counts().notKlogLines()).isZero();
        assertThat(s.firstTime()).isEqualTo(first);
        assertThat(s.lastTime()).isEqualTo(last);
        // the evidence of its errors is the journal's text, a verbatim part of its line
        assertThat(s.topErrors()).isNotEmpty().allSatisfy(m -> assertThat(m.excerpt()).startsWith("E1110 "));
    }

    /** Detected by content too: the layer shows the sniffer the klog lines inside each envelope. */
    @ParameterizedTest
    @CsvSource({
        INSIGHTS,
        "envelopes/journald/kubelet-short-iso-precise.txt",
        "envelopes/docker-json/kube-apiserver-pods-9.log.txt",
        "envelopes/kubectl-prefix/nfd-worker-prefix.txt",
    })
    void wrappedKlogIsRecognisedByContent(String file) {
        assertThat(Analyzer.builder().build().detect(Fixtures.path(file)))
                .extracting(a -> a.type() + " by " + a.detectedBy()).containsExactly("klog.log by content");
    }

    /** docker's JSON strings are decoded: the quoted message of a structured error line is read. */
    @org.junit.jupiter.api.Test
    void dockerJsonKlogLinesAreDecoded() {
        Analyzer.ParseResult r = Analyzer.builder().build().parse(Fixtures.path("envelopes/docker-json/kube-apiserver-pods-9.log.txt"),
                null);
        KlogLogSummary s = r.records().stream().filter(KlogLogSummary.class::isInstance).map(KlogLogSummary.class::cast)
                .findFirst().orElseThrow();
        assertThat(List.of(s.counts().entries(), s.counts().infos(), s.counts().errors())).containsExactly(3L, 2L, 1L);
        assertThat(s.topErrors()).singleElement().satisfies(m -> {
            assertThat(m.message()).isEqualTo("command failed");
            // the decoded text is not the capture's bytes: the captured JSON line is cited
            assertThat(m.excerpt()).startsWith("{\"log\":\"E0316 03:29:16.449049       1 run.go:120] \\\"command failed\\\"");
        });
        assertThat(s.firstTime()).isEqualTo("2022-03-16T03:29:16.055909");
    }

    /** A journal line that lost its colon is not taken for an envelope; the diagnostic says where the grammar broke. */
    @org.junit.jupiter.api.Test
    void aBrokenPrefixIsExplainedByItsGrammar() {
        String real = dev.mga.core.testing.Fixtures.read(INSIGHTS).lines().findFirst().orElseThrow();
        String broken = real.replace("kubenswrapper[2296]: ", "kubenswrapper[2296] ");
        dev.mga.core.testing.Parsing p = dev.mga.core.testing.Parsing.run(new KlogLogParser(), "kubelet.log", broken + "\n" + real + "\n");
        assertThat(p.messages()).first().asString().startsWith("1: not a klog line")
                .endsWith("; as a journal line, column 78: mismatched input ' ' expecting {': ', ':'}");
        assertThat(p.only(KlogLogSummary.class).counts().entries()).isEqualTo(1);
    }
}
