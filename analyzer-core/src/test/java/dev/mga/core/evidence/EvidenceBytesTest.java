package dev.mga.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.Analyzer;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Limits;
import dev.mga.core.model.ProgressListener;
import dev.mga.core.model.Report;
import dev.mga.core.source.EntryVisitor;
import dev.mga.core.source.InputReader;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evidence is the capture's own bytes: for every input of every fixture case ({@code fixtures/**}
 * {@code /expected.yaml}), every excerpt of every finding is found, byte for byte, on the line it
 * cites in the entry it names (read again from the directory or the archive), so that grepping the
 * capture for an excerpt finds it. Two marks are allowed: the redactor's {@code <redacted>} stands for
 * what it hid, and a trailing {@code …} for the rest of a long line.
 */
class EvidenceBytesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String REDACTED = "<redacted>";

    @TestFactory
    Stream<DynamicTest> everyExcerptIsInItsEntry() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            cases = s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().flatMap(file -> inputs(file).stream().map(input -> DynamicTest.dynamicTest(
                Fixtures.root().relativize(file.getParent()) + " ← " + input, () -> check(file, input))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> inputs(Path expected) {
        try {
            Map<String, Object> raw = YAML.readValue(expected.toFile(), Map.class);
            return (List<String>) raw.getOrDefault("inputs", List.of("capture"));
        } catch (IOException e) {
            throw new IllegalStateException(expected + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Path expected, String input) throws IOException {
        Map<String, Object> raw = YAML.readValue(expected.toFile(), Map.class);
        Analyzer.Builder b = Analyzer.builder();
        ((Map<String, Object>) raw.getOrDefault("options", Map.of())).forEach((k, v) -> b.option(k, String.valueOf(v)));
        Path path = expected.getParent().resolve(input).normalize();
        Report report = b.build().analyze(path);
        List<Evidence> evidence = report.findings().stream().flatMap(f -> f.evidence().stream())
                .filter(e -> !e.excerpt().isEmpty()).toList();
        Map<String, byte[]> entries = entries(path, evidence.stream().map(Evidence::path).collect(Collectors.toSet()));
        List<String> wrong = new ArrayList<>();
        for (Evidence e : evidence) {
            byte[] bytes = entries.get(e.path());
            if (bytes == null) {
                wrong.add(e.where() + ": no such entry in the input");
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            String where = e.line() > 0 ? linesFrom(text, e.line()) : text;
            if (!occurs(e.excerpt(), where)) {
                wrong.add(e.where() + ": excerpt not in " + (e.line() > 0 ? "the line it cites" : "the entry")
                        + "\n    excerpt: " + e.excerpt() + "\n    line:    " + firstLine(where));
            }
        }
        assertThat(wrong).as("evidence of " + path).isEmpty();
    }

    /** The text from line {@code n} (1-based) on: a joined line's excerpt starts there. */
    private static String linesFrom(String text, long n) {
        int at = 0;
        for (long i = 1; i < n && at >= 0; i++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? "" : text.substring(at);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** True when {@code excerpt} starts at the beginning of {@code where}'s first line or inside it, redactions and a cut allowed. */
    static boolean occurs(String excerpt, String where) {
        String e = excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
        String line = firstLine(where);
        String[] parts = e.split(java.util.regex.Pattern.quote(REDACTED), -1);
        if (parts.length == 1) {
            // an excerpt on the cited line, or (several lines cited from there) at its start
            return line.contains(e) || where.startsWith(e) || e.contains("\n") && where.contains(e);
        }
        int from = 0;
        String scope = e.contains("\n") ? where : line;
        for (String p : parts) {
            int at = scope.indexOf(p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.length();
        }
        return true;
    }

    /** The bytes of the named entries of an input (a directory or an archive), read as the analyzer reads them. */
    private static Map<String, byte[]> entries(Path input, Set<String> wanted) {
        Map<String, byte[]> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        EntryVisitor collect = new EntryVisitor() {
            @Override
            public void file(CaptureEntry entry, InputStream content) throws IOException {
                if (wanted.contains(entry.path())) {
                    out.put(entry.path(), content.readAllBytes());
                }
            }

            @Override
            public void skipped(CaptureEntry entry, String reason) {
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
            }
        };
        new InputReader(input.getFileName().toString(), Limits.defaults(), ProgressListener.NONE, collect).read(input);
        return out;
    }
}
