package dev.mga.core.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.model.Severity;
import dev.mga.core.spi.ParamType;
import dev.mga.core.spi.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one rule YAML file; every mistake is reported with the file and the key. */
final class RuleFileReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[A-Za-z_$][A-Za-z0-9_$]*\\.)+[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> CEL_ONLY = List.of("subject", "condition", "summary", "evidence", "escalate");
    private static final Set<String> PARAM_KEYS = Set.of("type", "value", "reason");
    private static final Set<String> KEYS = Set.of("id", "title", "severity", "family", "description", "remediation",
            "references", "params", "implementation", "subject", "condition", "summary", "evidence", "escalate", "finding");

    /**
     * The built-in rule files as the build parsed them: file digest → YAML tree, written by
     * {@link CheckedRules#main}: parsing the 44 files with the YAML parser took a cold run 55-65 ms,
     * reading their trees back from one JSON file about 5.
     */
    static final String TREES = CheckedRules.FOLDER + "rule-files.json";

    private ObjectMapper yaml;
    private Map<String, Object> builtInTrees;

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = new ObjectMapper(new YAMLFactory());
        }
        return yaml;
    }

    RuleDefinition read(String source, InputStream in) throws IOException {
        return check(source, yaml().readValue(in, Object.class));
    }

    /**
     * A rule file of the built-in pack: its tree from the build's index when the file's bytes are
     * the ones the build parsed (and the YAML parser the same), else parsed now.
     */
    RuleDefinition readBuiltIn(String source, byte[] bytes) throws IOException {
        Object tree = builtInTree(bytes);
        return check(source, tree != null ? tree : yaml().readValue(bytes, Object.class));
    }

    /** The build's tree of these bytes, or null when the build did not parse exactly these bytes with this parser. */
    Object builtInTree(byte[] bytes) {
        return builtInTrees().get(digest(bytes));
    }

    private Map<String, Object> builtInTrees() {
        if (builtInTrees == null) {
            builtInTrees = Map.of();
            try (InputStream in = RuleFileReader.class.getResourceAsStream("/" + TREES)) {
                if (in != null && new ObjectMapper().readValue(in, Object.class) instanceof Map<?, ?> index
                        && yamlParser().equals(index.get("parser")) && index.get("trees") instanceof Map<?, ?> trees) {
                    Map<String, Object> m = new java.util.HashMap<>();
                    trees.forEach((k, v) -> m.put(String.valueOf(k), v));
                    builtInTrees = m;
                }
            } catch (IOException | RuntimeException e) {
                // a damaged index costs only the parsing it was to spare
            }
        }
        return builtInTrees;
    }

    /** The YAML parser the trees come from: another one might read the same bytes otherwise. */
    static String yamlParser() {
        return "jackson-dataformat-yaml " + com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION;
    }

    /** The build's side: the YAML tree of a built-in file, if reading it back from JSON gives the same tree. */
    Object treeFor(byte[] bytes, ObjectMapper json) throws IOException {
        Object tree = yaml().readValue(bytes, Object.class);
        return tree.equals(json.readValue(json.writeValueAsBytes(tree), Object.class)) ? tree : null;
    }

    static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RuleDefinition check(String source, Object parsed) {
        if (!(parsed instanceof Map<?, ?> raw)) {
            throw invalid(source, "the file must be a YAML mapping");
        }
        for (Object k : raw.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw invalid(source, "unknown key '" + k + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String id = text(raw, "id", source, true);
        if (!ID.matcher(id).matches()) {
            throw invalid(source, "id '" + id + "' must be dotted lower-case words, e.g. kernel.slab.list-lru-leak");
        }
        Severity severity;
        try {
            severity = Severity.parse(text(raw, "severity", source, true));
        } catch (IllegalArgumentException e) {
            throw invalid(source, e.getMessage());
        }
        String implementation = text(raw, "implementation", source, false);
        if (implementation != null && !CLASS_NAME.matcher(implementation).matches()) {
            throw invalid(source, "implementation must name the rule's Java class (e.g. com.example.rules.MyRule), not '"
                    + implementation + "'; a CEL rule has no implementation key");
        }
        boolean cel = implementation == null;
        if (!cel) {
            for (String key : CEL_ONLY) {
                if (raw.containsKey(key)) {
                    throw invalid(source, "'" + key + "' belongs to CEL rules; a Java rule (implementation: "
                            + implementation + ") finds and reports in its class");
                }
            }
        }
        return new RuleDefinition(id, text(raw, "title", source, true), severity, text(raw, "family", source, true),
                text(raw, "description", source, true), text(raw, "remediation", source, true),
                references(raw, source), params(raw, source), implementation,
                text(raw, "subject", source, cel), text(raw, "condition", source, cel), text(raw, "summary", source, cel),
                text(raw, "evidence", source, false), escalate(raw, source), findingShape(raw, source, cel), source);
    }

    /** The {@code finding:} block: {@code subject:} and {@code figures:}, each a mapping of names to CEL expressions. */
    private static RuleDefinition.FindingShape findingShape(Map<?, ?> raw, String source, boolean cel) {
        Object v = raw.get("finding");
        if (v == null) {
            return RuleDefinition.FindingShape.NONE;
        }
        if (!cel) {
            throw invalid(source, "'finding' is for CEL rules; a Java rule names subject and figures in code");
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(source, "'finding' must map 'subject' and 'figures' to mappings of names to CEL expressions");
        }
        for (Object k : m.keySet()) {
            if (!"subject".equals(k) && !"figures".equals(k)) {
                throw invalid(source, "finding: unknown key '" + k + "' (known: figures, subject)");
            }
        }
        return new RuleDefinition.FindingShape(expressions(m.get("subject"), "finding.subject", source),
                expressions(m.get("figures"), "finding.figures", source));
    }

    private static Map<String, String> expressions(Object v, String key, String source) {
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(source, "'" + key + "' must map names to CEL expressions");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getValue() == null || e.getValue() instanceof Map || e.getValue() instanceof List) {
                throw invalid(source, key + "." + e.getKey() + " must be a CEL expression");
            }
            out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
        }
        return out;
    }

    private static String text(Map<?, ?> raw, String key, String source, boolean required) {
        Object v = raw.get(key);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw invalid(source, "'" + key + "' is required");
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw invalid(source, "'" + key + "' must be text");
        }
        return v.toString();
    }

    private static List<String> references(Map<?, ?> raw, String source) {
        Object v = raw.get("references");
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw invalid(source, "'references' must list at least one public source (URL)");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            String url = String.valueOf(o).trim();
            try {
                URI u = URI.create(url);
                if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
                    throw new IllegalArgumentException("not http(s)");
                }
            } catch (IllegalArgumentException e) {
                throw invalid(source, "reference '" + url + "' is not an http(s) URL");
            }
            out.add(url);
        }
        return out;
    }

    private static Map<String, RuleParam> params(Map<?, ?> raw, String source) {
        Object v = raw.get("params");
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(source, "'params' must map names to {type, value, reason}");
        }
        Map<String, RuleParam> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!PARAM_NAME.matcher(name).matches()) {
                throw invalid(source, "parameter name '" + name + "' must be a CEL identifier (letters, digits, _), e.g. minShare");
            }
            if (!(e.getValue() instanceof Map<?, ?> p) || !p.containsKey("value") || p.get("type") == null
                    || p.get("reason") == null || p.get("reason").toString().isBlank()) {
                throw invalid(source, "parameter '" + name + "' needs a 'type', a 'value' and a 'reason' for that value");
            }
            for (Object k : p.keySet()) {
                if (!PARAM_KEYS.contains(String.valueOf(k))) {
                    throw invalid(source, "parameter '" + name + "': unknown key '" + k + "' (known: type, value, reason)");
                }
            }
            ParamType type;
            Object value;
            try {
                type = ParamType.parse(p.get("type").toString());
            } catch (IllegalArgumentException ex) {
                throw invalid(source, "parameter '" + name + "': " + ex.getMessage());
            }
            try {
                value = ParamValues.of(type, p.get("value"));
            } catch (IllegalArgumentException ex) {
                throw invalid(source, "parameter '" + name + "' (" + type + "): " + ex.getMessage());
            }
            out.put(name, new RuleParam(type, value, p.get("reason").toString().strip()));
        }
        return out;
    }

    private static Map<Severity, String> escalate(Map<?, ?> raw, String source) {
        Object v = raw.get("escalate");
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(source, "'escalate' must map a severity to a CEL condition");
        }
        Map<Severity, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            try {
                out.put(Severity.parse(String.valueOf(e.getKey())), String.valueOf(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw invalid(source, "escalate: " + ex.getMessage());
            }
        }
        return out;
    }

    static RulePackException invalid(String source, String message) {
        return new RulePackException(source + ": " + message);
    }
}
