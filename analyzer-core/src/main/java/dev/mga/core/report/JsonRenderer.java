package dev.mga.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON, in the shape {@code docs/report.schema.json} describes: every list flat,
 * each element naming its input; each diagnostic once (top level); per finding a structured
 * {@code subject} and its {@code figures}; per input and rule its coverage.
 */
public final class JsonRenderer implements ReportRenderer {

    /**
     * The version of the JSON shape. 2: {@code schemaVersion}, {@code generatedAt}, input
     * {@code completeness}, {@code capture} and {@code empty}, {@code coverage[]}, finding
     * {@code subject} and {@code figures}; artifacts no longer repeat their diagnostics.
     */
    public static final int SCHEMA_VERSION = 2;

    /** Records (the capture's facts) as components in order, then derived properties by name, in every JVM. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, MapperFeature.SORT_CREATOR_PROPERTIES_BY_DECLARATION_ORDER)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("tool", pair("name", report.tool().name(), "version", report.tool().version()));
        doc.put("generatedAt", report.generatedAt().toString());
        doc.put("inputs", report.inputs().stream().map(JsonRenderer::input).toList());
        doc.put("artifacts", report.artifacts().stream().map(JsonRenderer::artifact).toList());
        doc.put("findings", report.findings().stream().map(JsonRenderer::finding).toList());
        doc.put("coverage", report.coverage().stream().map(JsonRenderer::coverage).toList());
        doc.put("diagnostics", report.diagnostics().stream().map(JsonRenderer::diagnostic).toList());
        MAPPER.writeValue(out, doc);
        out.write('\n');
    }

    private static Map<String, Object> input(InputSummary in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", in.name());
        m.put("kind", in.kind());
        m.put("readable", in.readable());
        m.put("completeness", pair("status", in.completeness().status().id(), "reasons", in.completeness().reasons()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("root", in.capture().root());
        c.put("capturedAt", in.capture().capturedAt());
        c.put("capturedAtFrom", in.capture().capturedAtFrom());
        c.put("clusterVersion", in.capture().clusterVersion());
        c.put("updatingTo", in.capture().updatingTo());
        c.put("clusterId", in.capture().clusterId());
        c.put("platform", in.capture().platform());
        c.put("nodes", in.capture().nodes());
        c.put("nodeRoles", in.capture().nodeRoles());
        c.put("architectures", in.capture().architectures());
        c.put("history", in.capture().history());
        m.put("capture", c);
        m.put("bytesRead", in.bytesRead());
        m.put("entries", in.entries());
        m.put("parsed", in.parsed());
        m.put("failed", in.failed());
        m.put("skipped", in.skipped());
        m.put("unknown", in.unknown());
        m.put("empty", in.empty());
        m.put("unknownSample", in.unknownSample());
        return m;
    }

    private static Map<String, Object> artifact(Artifact a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", a.input());
        m.put("path", a.path());
        m.put("type", a.type());
        m.put("detectedBy", a.detectedBy());
        m.put("status", a.status().id());
        m.put("records", a.records());
        m.put("diagnosticCount", a.diagnostics().size());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("title", f.title());
        m.put("summary", f.summary());
        m.put("input", f.input());
        m.put("subject", f.subject());
        m.put("figures", f.figures());
        m.put("explanation", f.explanation());
        m.put("evidence", f.evidence().stream().map(JsonRenderer::evidence).toList());
        m.put("remediation", f.remediation());
        m.put("references", f.references());
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", e.input());
        m.put("path", e.path());
        m.put("line", e.line());
        m.put("excerpt", e.excerpt());
        return m;
    }

    private static Map<String, Object> coverage(RuleCoverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", c.input());
        m.put("ruleId", c.ruleId());
        m.put("evaluated", c.evaluated());
        m.put("status", c.status().id());
        m.put("reason", c.reason());
        m.put("subjects", c.subjects());
        m.put("findings", c.findings());
        m.put("records", c.records());
        return m;
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", d.input());
        m.put("path", d.path());
        m.put("line", d.line());
        m.put("message", d.message());
        return m;
    }

    static List<String> formats() {
        return List.of("md", "html", "json");
    }

    /**
     * Two keys in this order. Not {@code Map.of}: its iteration order changes from one JVM to the
     * next (a per-run salt), and so did the report's key order (ModulePathTest saw it).
     */
    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
