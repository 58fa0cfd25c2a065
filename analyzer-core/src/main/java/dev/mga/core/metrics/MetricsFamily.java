package dev.mga.core.metrics;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.FactSubject;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The metrics family: top node/pod tables, PodMetrics/NodeMetrics, node memory lines. */
public final class MetricsFamily implements ArtifactFamily {

    private static final Pattern METRICS_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"(Pod|Node)Metrics(List)?\"");
    private static final Pattern TOP_NODE = Pattern.compile(".*\\btop\\s+(node|nodes|no)\\b.*");
    private static final Pattern TOP_POD = Pattern.compile(".*\\btop\\s+(pod|pods|po)\\b.*");

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("metrics.metrics-json")
                        .describedAs("metrics.k8s.io PodMetrics / NodeMetrics JSON (kubectl get --raw /apis/metrics.k8s.io/v1beta1/...)")
                        .paths("**/apis/metrics.k8s.io/**/*.json")
                        .sniffer(MetricsFamily::metricsJson)
                        .parser(new MetricsJsonParser())
                        .build(),
                ArtifactType.declare("metrics.node-memory")
                        .describedAs("node memory capacity lines '<node> - <quantity>' (jq over oc get nodes -o json)")
                        .sniffer(MetricsFamily::nodeMemory)
                        .parser(new NodeMemoryParser())
                        .build(),
                ArtifactType.declare("metrics.top-node")
                        .describedAs("oc adm top node / kubectl top node table (with or without --show-capacity, --no-headers)")
                        .paths("**/oc_adm_top_node*.txt", "**/top-node*.txt", "**/top_node*.txt")
                        .sniffer(MetricsFamily::topNode)
                        .parser(new NodeTopParser())
                        .build(),
                ArtifactType.declare("metrics.top-pod")
                        .describedAs("oc adm top pod / kubectl top pod table (-A, --containers, --no-headers, --sort-by, --sum)")
                        .paths("**/oc_adm_top_pod*.txt", "**/top-pod*.txt", "**/top_pod*.txt")
                        .sniffer(MetricsFamily::topPod)
                        .parser(new PodTopParser())
                        .build());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new MetricsSubjects());
    }

    /** metrics.k8s.io JSON: a PodMetrics or NodeMetrics object, or their list. */
    static boolean metricsJson(ContentSample sample) {
        String t = sample.text().stripLeading();
        return t.startsWith("{") && t.contains("metrics.k8s.io/") && METRICS_KIND.matcher(t).find();
    }

    /** Every non-blank line (after an optional prompt) is {@code name - quantity} with a memory suffix. */
    static boolean nodeMemory(ContentSample sample) {
        int ok = 0;
        for (String l : sample.nonBlankLines(50)) {
            if (ok == 0 && (l.startsWith("$") || l.startsWith("#"))) {
                continue;
            }
            var m = NodeMemoryParser.LINE.matcher(l);
            if (!m.matches() || !TopTokens.BINARY_MEMORY.matcher(m.group(2)).matches()) {
                return false;
            }
            ok++;
        }
        return ok > 0;
    }

    /** A {@code top node} command line, or a NAME header with CPU% / MEMORY% columns. */
    static boolean topNode(ContentSample sample) {
        return topTable(sample, TOP_NODE, tokens -> tokens.get(0).equals("NAME")
                && tokens.stream().anyMatch(t -> t.startsWith("MEMORY") && t.contains("%")));
    }

    /**
     * A {@code top pod} command line, or a header with CPU(cores) and MEMORY(bytes) but no
     * percentages (with them, a NAMESPACE or POD column first).
     */
    static boolean topPod(ContentSample sample) {
        // CPU% and MEMORY% are top node's, unless POD or NAMESPACE says the rows are pods (kubernetes#123123)
        return topTable(sample, TOP_POD, tokens -> tokens.contains("MEMORY(bytes)")
                && (tokens.stream().noneMatch(t -> t.contains("%")) || !tokens.get(0).equals("NAME")));
    }

    /**
     * Whether the first three lines that say something (a prompt, or a line that is neither blank
     * nor a journal note) begin a top table: a top command whose text {@code command} matches, or a
     * header {@code header} accepts; the first command or header decides.
     */
    private static boolean topTable(ContentSample sample, Pattern command, Predicate<List<String>> header) {
        int seen = 0;
        for (ContentSample.Line line : sample.all()) {
            String l = line.text();
            if (line.envelope().note() || !line.envelope().prompt() && l.isBlank()) {
                continue;
            }
            if (++seen > 3) {
                break;
            }
            TopCommand c = TopCommand.of(line);
            if (c != null) {
                return command.matcher(c.text()).matches();
            }
            List<String> tokens = TopTokens.split(l);
            if (TopTokens.isHeader(tokens)) {
                return header.test(tokens);
            }
        }
        return false;
    }
}
