package dev.mga.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.ReportFormat;
import dev.mga.core.model.Report;
import dev.mga.core.testing.ExpectedCase;
import dev.mga.core.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a JPMS embedder meets it: a small program ({@code src/test/embedder}) that
 * {@code requires dev.mga.core} is compiled and run ON THE MODULE PATH, in its own JVM, with the
 * analyzer's own classes and its runtime dependencies as modules. It analyses and parses every
 * fixture case and must write exactly the reports and models this JVM (class path) writes; it
 * runs a Java rule of its own module, which the engine creates by reflection; and it must not
 * reach an internal package, neither at compile time nor by reflection.
 */
class ModulePathTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Path embedder;
    private static String modulePath;

    @BeforeAll
    static void locate() throws IOException {
        Path core = Fixtures.repository().resolve("analyzer-core");
        embedder = core.resolve("src/test/embedder");
        // written by the build (dependency:build-classpath, runtime scope): the jars and module folders the core needs
        Path runtime = core.resolve("target/runtime-classpath.txt");
        assertThat(runtime).as("the build writes the runtime class path at generate-test-resources").exists();
        String deps = Files.readString(runtime).strip();
        modulePath = core.resolve("target/classes") + (deps.isEmpty() ? "" : java.io.File.pathSeparator + deps);
    }

    @Test
    void anEmbedderOnTheModulePathGetsWhatTheClassPathGets(@TempDir Path tmp) throws Exception {
        Path classes = tmp.resolve("classes");
        List<String> errors = compile(classes, sources(embedder));
        assertThat(errors).as("the embedder compiles against the exported packages").isEmpty();

        List<String[]> plan = plan();
        Path planFile = tmp.resolve("plan.tsv");
        Files.write(planFile, plan.stream().map(p -> p[0] + "\t" + p[1]).toList());
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path example = Fixtures.path("must-gather/list-lru-leak.tar.gz");
        String stdout = run(classes, planFile.toString(), out.toString(), embedder.resolve("rules").toString(), example.toString());

        assertThat(stdout).contains("module dev.mga.core\n", "analysed " + plan.size() + "\n");
        // the bundled example's culprit (a Java rule of the core) and the embedder's own Java rule
        assertThat(stdout).contains("finding kernel.slab.list-lru-leak: ", "finding embedder.slab.listing-count: ");
        assertThat(stdout).containsPattern("listings [1-9]");
        assertThat(stdout).contains("internal: refused");

        Map<String, Analyzer> analyzers = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            String[] p = plan.get(i);
            Analyzer analyzer = analyzers.computeIfAbsent(p[1], ModulePathTest::analyzer);
            Report report = analyzer.analyze(Path.of(p[0]));
            StringWriter json = new StringWriter();
            ReportFormat.JSON.write(report, json);
            assertThat(out.resolve(i + ".report.json")).as("report of " + p[0]).hasContent(json.toString());
            StringWriter parsed = new StringWriter();
            analyzer.parse(Path.of(p[0]), null).writeJson(p[0], parsed);
            assertThat(out.resolve(i + ".parse.json")).as("model of " + p[0]).hasContent(parsed.toString());
        }
    }

    @Test
    void anInternalPackageIsNotVisibleToAnEmbedder(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("dev/mga/embedder"));
        Files.copy(embedder.resolve("module-info.java"), src.resolve("module-info.java"));
        Files.createDirectories(src.resolve("dev/mga/embedder/rules"));
        Files.writeString(src.resolve("dev/mga/embedder/rules/Placeholder.java"), "package dev.mga.embedder.rules;\nfinal class Placeholder { }\n");
        Files.writeString(src.resolve("dev/mga/embedder/Peek.java"), """
                package dev.mga.embedder;

                final class Peek {
                    String table() {
                        return dev.mga.core.rules.RuleDocs.table(java.util.List.of());
                    }
                }
                """);
        List<String> errors = compile(tmp.resolve("classes"), sources(src));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("package dev.mga.core.rules is not visible"));
    }

    /** Every input of every fixture case, with the case's parser options ({@code key=value;...}). */
    private static List<String[]> plan() throws IOException {
        List<String[]> plan = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            for (Path file : s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList()) {
                ExpectedCase c = ExpectedCase.read(file);
                String options = new TreeMap<>(c.options()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";"));
                c.inputs().forEach(in -> plan.add(new String[] {c.folder().resolve(in).normalize().toString(), options}));
            }
        }
        plan.add(new String[] {Fixtures.path("must-gather/list-lru-leak.tar.gz").toString(), ""});
        return plan;
    }

    private static Analyzer analyzer(String options) {
        Analyzer.Builder b = Analyzer.builder().clock(CLOCK);
        for (String kv : options.isEmpty() ? new String[0] : options.split(";")) {
            b.option(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return b.build();
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Compiles a module against the analyzer's module path with the JDK's javac; returns its error lines. */
    private static List<String> compile(Path classes, List<Path> sources) throws IOException, InterruptedException {
        Files.createDirectories(classes);
        List<String> command = new ArrayList<>(List.of(tool("javac"), "--release", "17", "-encoding", "UTF-8",
                "--module-path", modulePath, "-d", classes.toString()));
        sources.forEach(p -> command.add(p.toString()));
        Result r = exec(command);
        return r.exit() == 0 ? List.of() : r.output().lines().filter(l -> l.contains("error:")).toList();
    }

    /** Runs the embedder's main class as a module in a new JVM; returns its standard output. */
    private static String run(Path classes, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("java"), "-Xmx512m",
                "--module-path", classes + java.io.File.pathSeparator + modulePath,
                "--module", "dev.mga.embedder/dev.mga.embedder.Main"));
        command.addAll(List.of(args));
        Result r = exec(command);
        assertThat(r.exit()).as("the embedder's exit code; its output:\n" + r.output()).isZero();
        return r.output();
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private record Result(int exit, String output) {
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try {
                p.getInputStream().transferTo(output);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        });
        pump.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(command.get(0) + " finishes").isTrue();
        pump.join();
        return new Result(p.exitValue(), output.toString(StandardCharsets.UTF_8));
    }
}
