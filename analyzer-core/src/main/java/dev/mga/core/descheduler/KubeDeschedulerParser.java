package dev.mga.core.descheduler;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.model.Location;
import dev.mga.core.model.descheduler.DeschedulerMode;
import dev.mga.core.model.descheduler.KubeDescheduler;
import dev.mga.core.model.descheduler.KubeDeschedulerCustomizations;
import dev.mga.core.model.descheduler.KubeDeschedulerProfile;
import dev.mga.core.model.descheduler.KubeDeschedulerStrategy;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code KubeDescheduler} resources from YAML or JSON: one object (must-gather), a
 * {@code KubeDeschedulerList} or {@code List} ({@code oc get kubedescheduler -o yaml}), or several
 * documents. Token lines are kept so findings cite the {@code mode:} and profile lines.
 */
public final class KubeDeschedulerParser implements ArtifactParser {

    private static final int MAX_LINES = 50_000;
    /** Text read: a KubeDescheduler is a kilobyte; SnakeYAML itself stops a document at 3 MB. */
    private static final int MAX_CHARS = 4 << 20;
    private final YAMLFactory yaml = new YAMLFactory();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        List<String> lines = new ArrayList<>();
        Lines reader = input.lines();
        String line;
        long chars = 0;
        while ((line = reader.nextContent()) != null) {
            if (lines.size() == MAX_LINES || chars + line.length() > MAX_CHARS) {
                context.diagnostic(reader.lineNumber(), "more than " + MAX_LINES + " lines or " + (MAX_CHARS >> 20)
                        + " MiB; the rest is not read");
                break;
            }
            chars += line.length() + 1;
            lines.add(line);
        }
        Map<String, Integer> at = new HashMap<>();
        try (JsonParser p = yaml.createParser(String.join("\n", lines))) {
            JsonToken t;
            int doc = 0;
            while ((t = p.nextToken()) != null) {
                Object value = read(p, t, "/" + doc, at);
                if (value instanceof Map<?, ?> m) {
                    object(m, "/" + doc, at, lines, input, context);
                }
                doc++;
            }
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            context.diagnostic(0, "not valid YAML (expected a KubeDescheduler resource): " + why);
        }
    }

    private void object(Map<?, ?> m, String path, Map<String, Integer> at, List<String> lines, ParseInput input,
                        ParseContext context) {
        String kind = text(m.get("kind"));
        if (kind.equals("KubeDescheduler")) {
            context.emit(resource(m, path, at, lines, input, context));
        } else if ((kind.endsWith("List")) && m.get("items") instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Map<?, ?> item) {
                    object(item, path + "/items/" + i, at, lines, input, context);
                }
            }
        } else if (!kind.isEmpty()) {
            context.diagnostic(line(at, path + "/kind"), "kind " + kind + " is not a KubeDescheduler (expected kind: KubeDescheduler)");
        }
    }

    private KubeDescheduler resource(Map<?, ?> m, String path, Map<String, Integer> at, List<String> lines,
                                     ParseInput input, ParseContext context) {
        Map<?, ?> meta = map(m.get("metadata"));
        Map<?, ?> spec = map(m.get("spec"));
        Map<?, ?> custom = map(spec.get("profileCustomizations"));
        Map<?, ?> namespaces = map(custom.get("namespaces"));
        String apiVersion = text(m.get("apiVersion"));
        if (!apiVersion.startsWith("operator.openshift.io/")) {
            context.diagnostic(line(at, path + "/apiVersion"), "apiVersion " + apiVersion
                    + " (expected operator.openshift.io/v1 for the Kube Descheduler Operator)");
        }
        boolean legacy = apiVersion.endsWith("/v1beta1");
        List<KubeDeschedulerProfile> entries = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        if (spec.get("profiles") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String name = text(list.get(i));
                int n = line(at, path + "/spec/profiles/" + i);
                profiles.add(name);
                entries.add(new KubeDeschedulerProfile(name, input.location(n), excerpt(lines, n)));
            }
        }
        List<KubeDeschedulerStrategy> strategies = strategies(spec, path, at, lines, input);
        String mode = text(spec.get("mode"));
        int kindLine = line(at, path + "/kind");
        int modeLine = mode.isEmpty() ? kindLine : line(at, path + "/spec/mode");
        long interval = 0;
        try {
            interval = text(spec.get("deschedulingIntervalSeconds")).isEmpty() ? 0
                    : Long.parseLong(text(spec.get("deschedulingIntervalSeconds")));
        } catch (NumberFormatException e) {
            context.diagnostic(line(at, path + "/spec/deschedulingIntervalSeconds"),
                    "deschedulingIntervalSeconds is not a whole number of seconds");
        }
        KubeDeschedulerCustomizations customizations = new KubeDeschedulerCustomizations(text(custom.get("podLifetime")),
                text(custom.get("thresholdPriority")), text(custom.get("thresholdPriorityClassName")),
                strings(namespaces.get("included")), strings(namespaces.get("excluded")),
                text(custom.get("devLowNodeUtilizationThresholds")));
        return new KubeDescheduler(text(meta.get("name")), text(meta.get("namespace")), apiVersion, mode,
                effectiveMode(mode, legacy, strings(spec.get("flags"))), interval, text(spec.get("schedule")), profiles,
                entries, strategies, customizations, text(map(spec.get("evictionLimits")).get("total")),
                text(spec.get("managementState")), text(spec.get("logLevel")), input.location(kindLine),
                excerpt(lines, modeLine), input.location(modeLine));
    }

    /**
     * The mode in force. v1 defaults to Predictive (the CRD's default); v1beta1 had no mode and ran the
     * descheduler for real, unless its deprecated {@code flags} passed {@code --dry-run}.
     */
    private static DeschedulerMode effectiveMode(String mode, boolean legacy, List<String> flags) {
        if (!mode.isEmpty()) {
            return DeschedulerMode.of(mode);
        }
        if (!legacy) {
            return DeschedulerMode.PREDICTIVE;
        }
        return flags.stream().anyMatch(f -> f.equals("--dry-run") || f.equals("--dry-run=true"))
                ? DeschedulerMode.PREDICTIVE : DeschedulerMode.AUTOMATIC;
    }

    /** {@code spec.strategies} of v1beta1: {@code - name: X} with {@code params: [{name, value}]}. */
    private static List<KubeDeschedulerStrategy> strategies(Map<?, ?> spec, String path, Map<String, Integer> at,
                                                            List<String> lines, ParseInput input) {
        List<KubeDeschedulerStrategy> out = new ArrayList<>();
        if (!(spec.get("strategies") instanceof List<?> list)) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> s = map(list.get(i));
            Map<String, String> params = new LinkedHashMap<>();
            if (s.get("params") instanceof List<?> ps) {
                for (Object o : ps) {
                    Map<?, ?> param = map(o);
                    params.put(text(param.get("name")), text(param.get("value")));
                }
            }
            int n = line(at, path + "/spec/strategies/" + i + "/name");
            out.add(new KubeDeschedulerStrategy(text(s.get("name")), params, input.location(n), excerpt(lines, n)));
        }
        return out;
    }

    /** Builds plain maps and lists from the token stream, noting the line of every value by its path. */
    private static Object read(JsonParser p, JsonToken t, String path, Map<String, Integer> at) throws IOException {
        at.put(path, p.currentTokenLocation().getLineNr());
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                at.put(path + "/" + name, p.currentTokenLocation().getLineNr());
                JsonToken v = p.nextToken();
                m.put(name, read(p, v, path + "/" + name, at));
                at.putIfAbsent(path + "/" + name, p.currentTokenLocation().getLineNr());
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            int i = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                l.add(read(p, t, path + "/" + i++, at));
            }
            return l;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static int line(Map<String, Integer> at, String path) {
        Integer n = at.get(path);
        return n == null ? 0 : n;
    }

    private static String excerpt(List<String> lines, int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static List<String> strings(Object o) {
        if (!(o instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().map(KubeDeschedulerParser::text).toList();
    }

}
