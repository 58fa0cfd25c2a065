package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's OAuth access tokens and `oc login --token` lines, planted where reports quote
 * captured text (a component log's most frequent errors, pasted listings), never reach a report.
 */
class RedactionTest {

    @Test
    void seedTokensNeverReachAnyReportFormat(@TempDir Path tmp) throws IOException {
        List<String> seed = new ArrayList<>(Files.readAllLines(Fixtures.path("redaction/seed-oauthaccesstokens.txt")));
        seed.addAll(Files.readAllLines(Fixtures.path("redaction/seed-oc-login.txt")));
        seed.add("password: hunter2");
        seed.add("pulling from https://admin:pa55w0rd@registry.example.com/v2/");
        seed.add("Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.payload.signature");

        Path logs = Files.createDirectories(tmp.resolve(
                "must-gather/namespaces/openshift-authentication/pods/oauth-openshift-5d9c/oauth-openshift/oauth-openshift/logs"));
        StringBuilder log = new StringBuilder();
        int second = 0;
        for (int round = 0; round < 3; round++) {
            for (String line : seed) {
                // each seed line becomes the message of an error entry, as a component would log it
                log.append(String.format("E0622 15:00:%02d.000000       1 tokens.go:42] %s%n", second++ % 60, line));
            }
        }
        Files.writeString(logs.resolve("current.log"), log);
        Path notes = Files.createDirectories(tmp.resolve("must-gather/case-notes"));
        // a listing pasted under the login command that preceded it
        Files.writeString(notes.resolve("pasted.txt"), Files.readAllLines(Fixtures.path("redaction/seed-oc-login.txt")).get(0)
                + "\n" + Fixtures.read("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));

        Report report = Analyzer.builder().option("slab.cache", "kmalloc-32").build().analyze(tmp.resolve("must-gather"));
        assertThat(report.findings()).extracting(f -> f.ruleId()).contains("k8s.component-errors", "kernel.slab.list-lru-leak");

        for (String format : new String[] {"md", "html", "json"}) {
            StringWriter w = new StringWriter();
            ReportRenderer.forFormat(format).render(report, w);
            String out = w.toString();
            assertThat(out).as(format).contains("sha256~" + ("html".equals(format) ? "&lt;redacted&gt;" : "<redacted>"));
            assertThat(out).as(format).doesNotContain("sha256~-m", "sha256~x ", "sha256~z ", "sha256~y ", "sha256~aaa",
                    "sha256~1111-g", "hunter2", "pa55w0rd", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ");
        }
    }
}
