package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --redact hosts,ips}: names and addresses hidden, the same pseudonym for the same name everywhere. */
class HostRedactionTest {

    static String render(Report r, String format) throws IOException {
        StringWriter w = new StringWriter();
        ReportRenderer.forFormat(format).render(r, w);
        return w.toString();
    }

    @Test
    void nodeNamesBecomeTheSamePseudonymInEveryPlace() throws IOException {
        Report r = Analyzer.builder().redact(Analyzer.Redaction.HOSTS).build()
                .analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        Finding f = r.findings().get(0);
        String host = f.subject().get("node");
        assertThat(host).isEqualTo("host-1");
        assertThat(f.summary()).startsWith("kmalloc-32 on host-1:");
        assertThat(f.evidence()).allSatisfy(e -> assertThat(e.path()).contains("/nodes/host-1/"));
        for (String format : new String[] {"md", "html", "json"}) {
            assertThat(render(r, format)).as(format).doesNotContain("lon06-master").doesNotContain("xip.io");
        }
        // the typed model stays as read, for the embedder who asked for it
        assertThat(r.model(r.inputs().get(0)).all(dev.mga.core.model.slab.SlabCallSiteListing.class).get(0).host())
                .isEqualTo("lon06-master-0.xip.io");
    }

    @Test
    void addressesAndNamesUnderTheClustersDomainAreHidden(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nodes/master-0.ocp.example.com/sys/kernel/slab/kmalloc-32"));
        String listing = Fixtures.read("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls");
        Files.writeString(dir.resolve("alloc_calls"), listing);
        // unrecognised entries are named in the report: their names carry a host under the cluster's domain and addresses
        Path notes = Files.createDirectories(tmp.resolve("case-notes"));
        Files.writeString(notes.resolve("api.ocp.example.com_10.0.12.7_fe80::1c2:3ff:fe4d:5e6f_127.0.0.1.txt"), "notes\n");
        Report r = Analyzer.builder().redact(Analyzer.Redaction.HOSTS).redact(Analyzer.Redaction.IPS).build().analyze(tmp);
        String md = render(r, "md");
        assertThat(md).containsPattern("case-notes/host-\\d+_ip-\\d+_ip-\\d+_127\\.0\\.0\\.1\\.txt")
                .doesNotContain("example.com").doesNotContain("10.0.12.7").doesNotContain("fe80::");
        String json = render(r, "json");
        assertThat(json).containsPattern("nodes/host-\\d+/sys/kernel/slab/kmalloc-32/alloc_calls");
        Report plain = Analyzer.builder().build().analyze(tmp);
        assertThat(render(plain, "md")).contains("master-0.ocp.example.com");
    }

    @Test
    void textIsRewrittenConsistently() {
        Report r = Analyzer.builder().redact(Analyzer.Redaction.IPS).build()
                .analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"));
        assertThat(r.findings().get(0).subject().get("node")).isEqualTo("lon06-master-0.xip.io");
    }
}
