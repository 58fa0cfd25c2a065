package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows and prints it: rendered by a real headless Chromium (Debian's
 * {@code chromium}) to PDF and to a screenshot, and measured for horizontal overflow at 1280 px.
 * Skipped, saying so, only on a machine without chromium; {@code .ci/run} installs it, and under
 * CI (the CI variable set) its absence fails.
 */
class HtmlInChromiumTest {

    static final int WIDTH = 1280;

    @TempDir
    static Path tmp;
    static Path html;
    static String chromium;

    @BeforeAll
    static void render() throws IOException {
        chromium = findChromium();
        if (chromium == null && System.getenv("CI") != null) {
            fail("chromium is not installed; .ci/run installs it (apt-get install chromium)");
        }
        // several inputs: long must-gather paths, etcd tables, memory, descheduler, a loose file
        Report report = Analyzer.builder().build().analyze(Fixtures.path("must-gather/list-lru-leak.tar.gz"),
                Fixtures.path("etcd/cluster-3.4-run1/member-down"), Fixtures.path("memory/hugepages-reserved"),
                Fixtures.path("descheduler/must-gather-automatic"), Fixtures.path("slab/loose-case-notes/capture"));
        html = tmp.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(report, w);
        }
    }

    @Test
    void printsToAPdf() throws Exception {
        assumeChromium();
        Path pdf = tmp.resolve("report.pdf");
        run(List.of("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString()));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int n = 0;
        while (pages.find()) {
            n++;
        }
        assertThat(n).as("pages").isGreaterThan(3);
    }

    @Test
    void screenshotsAt1280Pixels() throws Exception {
        assumeChromium();
        Path png = tmp.resolve("report.png");
        run(List.of("--screenshot=" + png, "--window-size=" + WIDTH + ",1600", "--hide-scrollbars", html.toUri().toString()));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        // IHDR: width and height, big-endian, at bytes 16..23
        assertThat(ByteBuffer.wrap(bytes, 16, 4).getInt()).isEqualTo(WIDTH);
        assertThat(bytes.length).as("a page with content, not a blank image").isGreaterThan(20_000);
    }

    @Test
    void nothingOverflowsSidewaysAt1280Pixels() throws Exception {
        assumeChromium();
        // the report has no script; a copy of it gets one that writes what the browser measured into the DOM
        String page = Files.readString(html).replace("</body>", "<script>(function(){var d=document.documentElement;"
                + "var wide=[];document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
                + "if(r.right>d.clientWidth+1&&wide.length<5){wide.push(e.tagName+'.'+e.className+':'+Math.round(r.right));}});"
                + "var m=document.createElement('meta');m.id='measured';m.setAttribute('content',"
                + "'scroll='+d.scrollWidth+';client='+d.clientWidth+';wide='+wide.join('|'));document.head.appendChild(m);})();"
                + "</script></body>");
        Path measured = tmp.resolve("measured.html");
        Files.writeString(measured, page);
        String dom = run(List.of("--dump-dom", "--window-size=" + WIDTH + ",1000", measured.toUri().toString()));
        Matcher m = Pattern.compile("id=\"measured\" content=\"scroll=(\\d+);client=(\\d+);wide=([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as("the measuring script ran: " + dom.substring(0, Math.min(300, dom.length()))).isTrue();
        int scroll = Integer.parseInt(m.group(1));
        int client = Integer.parseInt(m.group(2));
        assertThat(client).isBetween(WIDTH - 40, WIDTH);
        assertThat(scroll).as("page width (elements past the edge: " + m.group(3) + ")").isLessThanOrEqualTo(client);
        assertThat(m.group(3)).isEmpty();
    }

    private static void assumeChromium() {
        assumeTrue(chromium != null, "chromium is not installed here (apt-get install chromium; .ci/run installs it): "
                + "the HTML report is not checked in a browser on this machine");
    }

    private static String findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    /** Runs headless Chromium with a fresh profile, no network chatter; returns its standard output. */
    private static String run(List<String> args) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 180 s: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as("chromium exit; stderr: " + Files.readString(err)).isZero();
        return Files.readString(out);
    }
}
