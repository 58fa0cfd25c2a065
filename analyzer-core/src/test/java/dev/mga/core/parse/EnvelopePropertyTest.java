package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.detect.Detection;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Wrapping every line of a real capture in an envelope changes nothing a parser reads: for every
 * line-based artifact type, every fixture capture of that type (as detection types it) parses into
 * the same records and diagnostics whether its lines are bare or behind any envelope, or two nested
 * (locations, excerpts and line counts set aside: they are the capture's, and an envelope moves them;
 * so is the host a journal envelope names where the bare capture has none).
 */
class EnvelopePropertyTest {

    /** The types whose parsers read {@code input.lines()}, the envelope layer's lines. */
    private static final Set<String> LINE_BASED = Set.of("capture.must-gather-timestamp", "capture.sos-date",
            "descheduler.kubedescheduler", "descheduler.log", "etcd.check-perf", "etcd.object-count", "etcd.server-log",
            "klog.log", "kube.allocatable", "memory.free", "memory.hugeadm", "memory.hugepage-sizes", "memory.hugepages-dump",
            "memory.hugepages-sysfs", "memory.meminfo", "memory.smaps", "memory.status", "memory.sysctl", "memory.top",
            "metrics.node-memory", "metrics.top-node", "metrics.top-pod", "slab.calls", "slab.slabinfo", "slab.slabtop");

    /** The envelope's year for klog headers; the bare capture gets the same through the klog.year option. */
    private static final Map<String, String> OPTIONS = Map.of("klog.year", "2024");
    private static final String TIME = "2024-06-12T10:00:01.202818512Z";
    /** The host the journald envelopes name. */
    private static final String ENVELOPE_HOST = "master-0";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** One real capture: the file, the type detection gives it, and its lines as the layer hands them out. */
    record Capture(String path, ArtifactType type, List<Line> lines) {
        @Override
        public String toString() {
            return path + " (" + type.id() + ")";
        }
    }

    /** A line's text inside whatever envelope it came in, and whether it is content. */
    record Line(String text, boolean content) {
    }

    /**
     * How to wrap a capture: each content line into one or more lines ({@code content}), then every line,
     * prompts included, into {@code all} (mail quoting wraps whatever was pasted).
     */
    record Wrap(String name, boolean splits, UnaryOperator<List<String>> content, UnaryOperator<String> all) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Capture> captures;
    /** The first captures of a type in path order (394 one-value sysfs files say the same thing). */
    private static final int MAX_PER_TYPE = 10;

    static synchronized List<Capture> captures() {
        if (captures == null) {
            captures = discover();
        }
        return captures;
    }

    private static List<Capture> discover() {
        ArtifactTypes types = ArtifactTypes.discover();
        Path root = Fixtures.root();
        List<Capture> out = new ArrayList<>();
        Map<String, Integer> perType = new java.util.HashMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("real-world/") || rel.startsWith("envelopes/") || Files.size(p) > (256 << 10)
                        || rel.endsWith(".yaml") && rel.contains("expected")) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                Optional<Detection> d = types.detect(rel, Samples.of(b, Math.min(b.length, 8192), b.length <= 8192));
                if (d.isPresent() && LINE_BASED.contains(d.get().type().id())
                        && perType.merge(d.get().type().id(), 1, Integer::sum) <= MAX_PER_TYPE) {
                    out.add(new Capture(rel, d.get().type(), lines(b)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Line> lines(byte[] b) {
        List<Line> out = new ArrayList<>();
        for (EnvelopeLinesTest.Seen s : EnvelopeLinesTest.read(b)) {
            out.add(new Line(s.text(), s.content()));
        }
        return out;
    }

    @Provide
    Arbitrary<Capture> realCaptures() {
        return Arbitraries.of(captures());
    }

    @Provide
    Arbitrary<Wrap> envelopes() {
        return Arbitraries.of(
                quoted("quote", t -> t, "> "),
                quoted("quote, nested", t -> t, "> > "),
                each("journald short-precise", t -> "Jun 12 10:00:01.202818 master-0 kubenswrapper[2143]: " + t),
                each("journald short-iso", t -> "2024-06-12T10:00:01+0000 master-0 kubenswrapper[2143]: " + t),
                quoted("journald short-full, quoted", t -> "Wed 2024-06-12 10:00:01 UTC master-0 crio[2101]: " + t, "> "),
                each("RFC 3339 timestamp", t -> TIME + " " + t),
                each("CRI", t -> "2024-06-12T10:00:01.202818512+00:00 stdout F " + t),
                new Wrap("CRI, split in P and F lines", true, t -> halves(t, h -> TIME + " stderr P " + h, h -> TIME + " stderr F " + h),
                        t -> t),
                each("docker json-file", t -> docker(t + "\n")),
                new Wrap("docker json-file, split", true, t -> halves(t, EnvelopePropertyTest::docker, h -> docker(h + "\n")),
                        t -> t),
                each("kubectl --prefix", t -> "[pod/etcd-master-0/etcd] " + t),
                each("kubectl --prefix --timestamps", t -> "[pod/etcd-master-0/etcd] " + TIME + " " + t),
                each("kubectl --prefix around CRI", t -> "[pod/etcd-master-0/etcd] " + TIME + " stdout F " + t),
                quoted("docker json-file, quoted", t -> docker(t + "\n"), "> "),
                new Wrap(PROMPT, true, t -> t, t -> t));
    }

    private static final String PROMPT = "a shell prompt above it";

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 10_000)
    void anEnvelopeChangesNoRecord(@ForAll("realCaptures") Capture capture, @ForAll("envelopes") Wrap wrap) {
        // smaps' parser reads a prompt as the start of a pasted fragment ("$ grep -A3 x /proc/PID/smaps"), on purpose
        Assume.that(!(wrap.name().equals(PROMPT) && capture.type().id().equals("memory.smaps")));
        boolean movesLines = wrap.splits();
        assertThat(neutral(parse(capture, render(capture, wrap)), movesLines)).as(capture + " in " + wrap)
                .isEqualTo(neutral(parse(capture, render(capture, null)), movesLines));
    }

    /**
     * Detection sees through envelopes: a capture recognised by its content when bare is recognised as
     * the same type in any envelope (the name says nothing: a file pasted into case notes).
     */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 10_000)
    void anEnvelopeChangesNoDetection(@ForAll("realCaptures") Capture capture, @ForAll("envelopes") Wrap wrap) {
        ArtifactTypes types = types();
        Optional<String> bare = detect(types, render(capture, null));
        Assume.that(bare.isPresent());
        assertThat(detect(types, render(capture, wrap))).as(capture + " in " + wrap).isEqualTo(bare);
    }

    private static ArtifactTypes types;

    private static synchronized ArtifactTypes types() {
        if (types == null) {
            types = ArtifactTypes.discover();
        }
        return types;
    }

    private static Optional<String> detect(ArtifactTypes types, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return types.detect("case-notes/pasted.txt", Samples.of(b, Math.min(b.length, 8192), b.length <= 8192))
                .map(d -> d.type().id());
    }

    /** The capture's lines bare ({@code wrap} null) or wrapped. */
    private static String render(Capture capture, Wrap wrap) {
        StringBuilder out = new StringBuilder();
        if (wrap != null && wrap.name().equals(PROMPT)) {
            out.append("[root@master-0 /]# cat ").append(capture.path().substring(capture.path().lastIndexOf('/') + 1)).append('\n');
        }
        for (Line l : capture.lines()) {
            if (wrap == null) {
                out.append(l.text()).append('\n');
                continue;
            }
            // a prompt or a journal note is not put in a log's envelope, only quoted with the rest
            List<String> lines = l.content() ? wrap.content().apply(List.of(l.text())) : List.of(l.text());
            lines.forEach(w -> out.append(wrap.all().apply(w)).append('\n'));
        }
        return out.toString();
    }

    /** The property is only as good as its captures: most line-based types have some. */
    @Example
    void mostLineBasedTypesHaveCaptures() {
        assertThat(captures().stream().map(c -> c.type().id()).distinct().toList()).hasSizeGreaterThanOrEqualTo(18);
    }

    private static Parsing parse(Capture c, String content) {
        return Parsing.run(c.type().parser(), c.path(), content.getBytes(StandardCharsets.UTF_8), OPTIONS);
    }

    /** The records and diagnostics as JSON, without what depends on where the lines are. */
    private static List<JsonNode> neutral(Parsing p, boolean movesLines) {
        List<JsonNode> out = new ArrayList<>();
        for (Object r : p.records) {
            out.add(strip(JSON.valueToTree(r), movesLines));
        }
        for (Diagnostic d : p.diagnostics) {
            out.add(JSON.getNodeFactory().textNode("diagnostic: " + d.message()));
        }
        return out;
    }

    private static JsonNode strip(JsonNode n, boolean movesLines) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            if (o.has("input") && o.has("path") && o.has("line") && o.size() == 3) {
                return JSON.getNodeFactory().textNode("location");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
                if (k.contains("excerpt") || movesLines && k.equals("lines")) {
                    it.remove();
                } else if (k.equals("host") && e.getValue().asText().equals(ENVELOPE_HOST)) {
                    // a journal line names its host, which a bare capture without a host in its path does not
                    e.setValue(JSON.getNodeFactory().textNode(""));
                } else {
                    e.setValue(strip(e.getValue(), movesLines));
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) n).set(i, strip(n.get(i), movesLines));
            }
        }
        return n;
    }

    private static Wrap each(String name, UnaryOperator<String> one) {
        return new Wrap(name, false, lines -> lines.stream().map(one).toList(), t -> t);
    }

    private static Wrap quoted(String name, UnaryOperator<String> one, String quote) {
        return new Wrap(name, false, lines -> lines.stream().map(one).toList(), t -> quote + t);
    }

    /** The text split in two lines, as a runtime splits a long line (an empty or one-character text stays whole). */
    private static List<String> halves(List<String> one, UnaryOperator<String> first, UnaryOperator<String> last) {
        String t = one.get(0);
        if (t.length() < 2) {
            return List.of(last.apply(t));
        }
        int mid = t.offsetByCodePoints(0, t.codePointCount(0, t.length()) / 2);
        return List.of(first.apply(t.substring(0, mid)), last.apply(t.substring(mid)));
    }

    /** A docker json-file line holding {@code text}, escaped as docker escapes it. */
    private static String docker(String text) {
        try {
            return "{\"log\":" + JSON.writeValueAsString(text).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026") + ",\"stream\":\"stderr\",\"time\":\"" + TIME + "\"}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
