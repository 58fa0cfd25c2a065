package dev.mga.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fixture case's {@code expected.yaml}: the inputs (relative to the case folder), parser
 * options, and exactly the findings that must come out (any other finding fails the case).
 *
 * <pre>
 * inputs: [capture]                      # default [capture]
 * options: {slab.cache: kmalloc-32}
 * parsed: {slab.calls: 1}                # parsed artifacts per type (optional)
 * diagnostics: 0                         # exact number of diagnostics (optional)
 * findings:
 *   - rule: kernel.slab.list-lru-leak
 *     severity: critical                 # optional
 *     count: 1                           # default 1
 *     evidence: ["alloc_calls:4"]        # each ends the path:line of some evidence
 *     summary: ["99.8%"]                 # each is in the summary of some finding of that rule
 * values:                                # figures of the model as `mga parse` prints them (optional):
 *   'SlabCallSiteListing[0].sites[0].count': 19861376   # Type[i] is the i-th record of that type ([0] if omitted)
 * </pre>
 */
public record ExpectedCase(Path folder, List<String> inputs, Map<String, String> options, Map<String, Integer> parsed,
                           Integer diagnostics, List<ExpectedFinding> findings, Map<String, Object> values,
                           Provenance provenance) {

    /** True when the case names a known gap: mga still reads it differently from the expert. */
    public boolean knownGap() {
        return provenance != null && provenance.gap() != null && !provenance.gap().isBlank();
    }

    /** Where a real-world paste comes from and what its expert concluded; null for other fixtures. */
    public record Provenance(String source, String posted, String conclusion, boolean healthy, String gap) {
    }

    public record ExpectedFinding(String rule, String severity, int count, List<String> evidence, List<String> summary) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @SuppressWarnings("unchecked")
    public static ExpectedCase read(Path file) {
        Map<String, Object> raw;
        try {
            raw = YAML.readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> inputs = (List<String>) raw.getOrDefault("inputs", List.of("capture"));
        Map<String, String> options = (Map<String, String>) raw.getOrDefault("options", Map.of());
        Map<String, Integer> parsed = (Map<String, Integer>) raw.getOrDefault("parsed", Map.of());
        Integer diagnostics = (Integer) raw.get("diagnostics");
        List<Map<String, Object>> f = (List<Map<String, Object>>) raw.getOrDefault("findings", List.of());
        List<ExpectedFinding> findings = f.stream().map(m -> new ExpectedFinding((String) m.get("rule"),
                (String) m.get("severity"), (Integer) m.getOrDefault("count", 1),
                (List<String>) m.getOrDefault("evidence", List.of()), (List<String>) m.getOrDefault("summary", List.of())))
                .toList();
        Map<String, Object> values = (Map<String, Object>) raw.getOrDefault("values", Map.of());
        for (String k : raw.keySet()) {
            if (!List.of("inputs", "options", "parsed", "diagnostics", "findings", "values", "source", "posted", "conclusion",
                    "healthy", "gap").contains(k)) {
                throw new IllegalArgumentException(file + ": unknown key " + k);
            }
        }
        Provenance provenance = null;
        if (raw.containsKey("source")) {
            Object posted = raw.get("posted");
            provenance = new Provenance((String) raw.get("source"), posted == null ? null : String.valueOf(posted),
                    (String) raw.get("conclusion"), Boolean.TRUE.equals(raw.get("healthy")), (String) raw.get("gap"));
        }
        return new ExpectedCase(file.getParent(), inputs, options, parsed, diagnostics, findings, values, provenance);
    }
}
