package dev.mga.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: exit codes, formats, and no stack trace ever reaching the user. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Path fixtures() {
        String p = System.getProperty("mga.fixtures");
        return p != null ? Path.of(p) : Path.of("../fixtures");
    }

    static Run run(String... args) {
        CommandLine cli = MgaCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String example() {
        return fixtures().resolve("must-gather/list-lru-leak.tar.gz").toString();
    }

    @Test
    void analyzeTheBundledExamplePrintsMarkdown() {
        Run r = run("analyze", example());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("# mga report").contains("kernel.slab.list-lru-leak").contains("lon06-master-0.xip.io");
        // one status line per input on standard error, nothing else
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("mga: " + example() + ": complete; 1 finding (1 critical)"));
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(run("analyze", example(), "--fail-on", "critical").code()).isEqualTo(1);
        assertThat(run("analyze", example(), "--fail-on", "warning").code()).isEqualTo(1);
        String healthy = fixtures().resolve("slab/qemu-captures/host-6.18").toString();
        assertThat(run("analyze", healthy, "--fail-on", "warning").code()).isEqualTo(0);
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() {
        Run unknown = run("analyze", "--bogus", example());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'").doesNotContain("Exception");
        Run level = run("analyze", example(), "--fail-on", "urgent");
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("--fail-on takes info, warning or critical");
        assertThat(run("analyze", example(), "--fail-on", "info").code()).isEqualTo(1);
        Run format = run("analyze", example(), "-f", "pdf");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("unknown report format 'pdf'").contains("-f takes md, html or json");
        assertThat(run("analyze").code()).isEqualTo(2);
        Run size = run("analyze", example(), "--max-entry-bytes", "lots");
        assertThat(size.code()).isEqualTo(2);
        assertThat(size.err()).contains("is not a size");
    }

    @Test
    void unreadableInputsExitWith3() {
        Run r = run("analyze", "/nonexistent/must-gather.tar.gz");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no such file or directory").contains("nothing recognised").doesNotContain("at dev.");
    }

    @Test
    void severalInputsOneReportWithASectionEach(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("report.json");
        Run r = run("analyze", example(), fixtures().resolve("slab/seed-sort-tail/capture").toString(), "-o", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        String text = Files.readString(json);
        assertThat(text).startsWith("{").contains("\"inputs\"").contains("seed-sort-tail");
        Path html = tmp.resolve("report.html");
        assertThat(run("analyze", example(), "-o", html.toString()).code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void parseDetectRulesTypesAndVersion() {
        Run parse = run("parse", fixtures().resolve("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls").toString());
        assertThat(parse.code()).isZero();
        assertThat(parse.out()).contains("\"type\" : \"SlabCallSiteListing\"").contains("\"symbol\" : \"__list_lru_init\"");
        Run forced = run("parse", "--type", "slab.calls", "--option", "slab.cache=kmalloc-32",
                fixtures().resolve("slab/loose-case-notes/capture/case-notes/output.txt").toString());
        assertThat(forced.out()).contains("\"cache\" : \"kmalloc-32\"").contains("\"detectedBy\" : \"option\"");
        Run badType = run("parse", "--type", "nope", example());
        assertThat(badType.code()).isEqualTo(2);
        assertThat(badType.err()).contains("unknown artifact type 'nope'");
        Run detect = run("detect", example());
        assertThat(detect.out()).contains("slab.calls").contains("slab.slabinfo").contains("3 recognised");
        assertThat(run("rules").out()).contains("kernel.slab.list-lru-leak").contains("critical");
        assertThat(run("types").out()).contains("slab.calls").contains("**/sys/kernel/slab/*/{alloc,free}_calls")
                .contains("Parser options").contains("slab.cache");
        assertThat(run("--version").out()).startsWith("mga ").doesNotContain("unknown");
        assertThat(run("--help").out()).contains("analyze").contains("Exit codes");
    }

    @Test
    void invalidRuleFilesAreAUsageErrorNamingTheFile(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("bad.yaml"), "id: my.rule\ntitle: t\nseverity: urgent\n");
        Run r = run("rules", "--rules", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml").contains("severity must be one of info, warning, critical").doesNotContain("at dev.");
    }

    @Test
    void aRuleReadingAFieldTheSubjectLacksIsAUsageErrorBeforeAnyAnalysis(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("typo.yaml"), """
                id: my.slab.big
                title: t
                severity: info
                family: slab
                description: d
                remediation: r
                references: [https://www.kernel.org/doc/html/latest/mm/slub.html]
                subject: slab.listing
                condition: it.totalObject > 1
                summary: s
                """);
        Run r = run("analyze", "--rules", tmp.toString(), example());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("typo.yaml: condition: ").contains("undefined field 'totalObject'")
                .contains("slab.SlabCallSiteListing has: ").contains("totalObjects").doesNotContain("at dev.");
        assertThat(r.out()).isEmpty();
        Files.writeString(tmp.resolve("typo.yaml"), Files.readString(tmp.resolve("typo.yaml"))
                .replace("subject: slab.listing\ncondition: it.totalObject > 1\nsummary: s\n", "implementation: my.NoSuchRule\n"));
        Run missing = run("analyze", "--rules", tmp.toString(), example());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("typo.yaml: implementation my.NoSuchRule is not a class on the class path");
    }
}
