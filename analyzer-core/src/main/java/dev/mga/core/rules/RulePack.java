package dev.mga.core.rules;

import dev.cel.bundle.Cel;
import dev.cel.common.CelValidationException;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rules an analyzer runs: their YAML definitions (the built-in pack on the class path under
 * {@code dev/mga/rules/pack/}, plus any folders the user adds), each bound to its logic — a
 * compiled CEL condition, or the Java {@link Rule} registered with the same id. Immutable once
 * built; the compiled programs are shared by all threads.
 */
public final class RulePack {

    static final String PACK = "dev/mga/rules/pack/";

    private final List<RuleDefinition> definitions;
    private final List<Rule> rules;
    /** Rules turned off by the settings: id → why. */
    private final Map<String, String> disabled;

    private RulePack(List<RuleDefinition> definitions, List<Rule> rules) {
        this(definitions, rules, Map.of());
    }

    private RulePack(List<RuleDefinition> definitions, List<Rule> rules, Map<String, String> disabled) {
        this.definitions = List.copyOf(definitions);
        this.rules = List.copyOf(rules);
        this.disabled = Map.copyOf(disabled);
    }

    /**
     * This pack with the user's adjustments: thresholds re-tuned (CEL rules re-bound to them),
     * rules turned off. The rules stay listed; the engine reports them as disabled.
     *
     * @throws IllegalArgumentException for an unknown rule, family or parameter, or a value of the wrong type
     */
    public RulePack configured(RuleSettings settings) {
        if (settings.isEmpty()) {
            return this;
        }
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        Map<String, String> off = new LinkedHashMap<>();
        for (String id : settings.disabled()) {
            known(byId, id);
            off.put(id, "disabled");
        }
        java.util.Set<String> families = new java.util.TreeSet<>();
        definitions.forEach(d -> families.add(d.family()));
        for (String sel : settings.only()) {
            if (!byId.containsKey(sel) && !families.contains(sel)) {
                throw new IllegalArgumentException("'" + sel + "' is neither a rule nor a rule family (families: "
                        + String.join(", ", families) + "; rules: see 'mga rules')" + suggestion(byId, sel));
            }
        }
        if (!settings.only().isEmpty()) {
            for (RuleDefinition d : definitions) {
                if (!settings.only().contains(d.id()) && !settings.only().contains(d.family())) {
                    off.putIfAbsent(d.id(), "not among the selected rules");
                }
            }
        }
        settings.params().forEach((id, values) -> {
            RuleDefinition d = known(byId, id);
            Map<String, RuleParam> params = new LinkedHashMap<>(d.params());
            values.forEach((name, text) -> {
                RuleParam p = params.get(name);
                if (p == null) {
                    throw new IllegalArgumentException("rule " + id + " has no parameter '" + name + "'" + (params.isEmpty()
                            ? " (it has none)" : " (its parameters: " + String.join(", ", new java.util.TreeSet<>(params.keySet())) + ")"));
                }
                params.put(name, new RuleParam(RuleParamValues.convert(id, name, p.value(), text),
                        p.reason() + " (set on the command line; the rule file says " + p.value() + ")"));
            });
            byId.put(id, new RuleDefinition(d.id(), d.title(), d.severity(), d.family(), d.description(), d.remediation(),
                    d.references(), params, d.implementation(), d.subject(), d.condition(), d.summary(), d.evidence(),
                    d.escalate(), d.findingShape(), d.source()));
        });
        RulePack bound = bind(new ArrayList<>(byId.values()), java.util.Set.copyOf(settings.params().keySet()), false);
        return new RulePack(bound.definitions, bound.rules, off);
    }

    private static RuleDefinition known(Map<String, RuleDefinition> byId, String id) {
        RuleDefinition d = byId.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown rule '" + id + "' (see 'mga rules')" + suggestion(byId, id));
        }
        return d;
    }

    private static String suggestion(Map<String, RuleDefinition> byId, String wrong) {
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        List<String> close = byId.keySet().stream()
                .filter(id -> id.contains(w) || w.contains(id) || id.endsWith("." + w.substring(w.lastIndexOf('.') + 1)))
                .limit(5).toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    /** Why a rule does not run, or null when it runs. */
    public String disabledReason(String id) {
        return disabled.get(id);
    }

    /** The built-in pack, plus the rule files found under {@code extraDirs}. */
    public static RulePack load(List<Path> extraDirs) {
        RuleFileReader reader = new RuleFileReader();
        Map<String, RuleDefinition> defs = new LinkedHashMap<>();
        for (RuleDefinition d : builtIn(reader)) {
            add(defs, d);
        }
        java.util.Set<String> users = new java.util.HashSet<>();
        for (Path dir : extraDirs) {
            for (RuleDefinition d : fromDirectory(reader, dir)) {
                add(defs, d);
                users.add(d.id());
            }
        }
        return bind(new ArrayList<>(defs.values()), users, false);
    }

    /** The built-in pack with every CEL rule compiled now: what the build's tests check. */
    public static RulePack builtInCompiled() {
        RuleFileReader reader = new RuleFileReader();
        Map<String, RuleDefinition> defs = new LinkedHashMap<>();
        for (RuleDefinition d : builtIn(reader)) {
            add(defs, d);
        }
        return bind(new ArrayList<>(defs.values()), java.util.Set.of(), true);
    }

    public static RulePack builtIn() {
        return load(List.of());
    }

    private static void add(Map<String, RuleDefinition> defs, RuleDefinition d) {
        RuleDefinition before = defs.putIfAbsent(d.id(), d);
        if (before != null) {
            throw new RulePackException(d.source() + ": rule id " + d.id() + " is already defined in " + before.source());
        }
    }

    private static RulePack bind(List<RuleDefinition> defs, java.util.Set<String> eager, boolean allEager) {
        defs.sort(Comparator.comparing(RuleDefinition::id));
        Map<String, Rule> java = new HashMap<>();
        for (Rule r : ServiceLoader.load(Rule.class, RulePack.class.getClassLoader())) {
            java.put(r.id(), r);
        }
        FactSubjects subjects = FactSubjects.discover();
        Cel cel = CelFunctions.environment();
        List<Rule> rules = new ArrayList<>();
        for (RuleDefinition d : defs) {
            if (d.isJava()) {
                Rule r = java.get(d.id());
                if (r == null) {
                    throw new RulePackException(d.source() + ": implementation is java but no Rule class with id " + d.id()
                            + " is registered in META-INF/services/" + Rule.class.getName());
                }
                rules.add(r);
            } else {
                FactSubject subject = subjects.get(d.subject()).orElseThrow(() -> new RulePackException(d.source()
                        + ": unknown subject '" + d.subject() + "' (known: "
                        + String.join(", ", subjects.all().stream().map(FactSubject::name).toList()) + ")"));
                try {
                    rules.add(new CelRule(cel, d, subject, allEager || eager.contains(d.id())));
                } catch (CelValidationException | IllegalArgumentException e) {
                    throw new RulePackException(d.source() + ": CEL does not compile: " + e.getMessage());
                }
            }
        }
        return new RulePack(defs, rules);
    }

    public List<RuleDefinition> definitions() {
        return definitions;
    }

    public List<Rule> rules() {
        return rules;
    }

    public RuleDefinition definition(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    private static List<RuleDefinition> builtIn(RuleFileReader reader) {
        List<RuleDefinition> out = new ArrayList<>();
        try {
            Enumeration<URL> roots = RulePack.class.getClassLoader().getResources(PACK);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    out.addAll(fromDirectory(reader, Path.of(url.toURI())));
                } else if ("jar".equals(url.getProtocol())) {
                    out.addAll(fromJar(reader, url));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static List<RuleDefinition> fromDirectory(RuleFileReader reader, Path dir) {
        List<RuleDefinition> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(reader.read(f.toString(), in));
                }
            }
        } catch (IOException e) {
            throw new RulePackException(dir + ": cannot read rule files: " + e.getMessage());
        }
        return out;
    }

    private static List<RuleDefinition> fromJar(RuleFileReader reader, URL url) throws IOException, URISyntaxException {
        String spec = url.getPath(); // file:/path/to.jar!/dev/mga/rules/pack/
        String jarPath = spec.substring(0, spec.indexOf("!/"));
        List<RuleDefinition> out = new ArrayList<>();
        try (JarFile jar = new JarFile(Path.of(new java.net.URI(jarPath)).toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            jar.stream().filter(e -> e.getName().startsWith(PACK) && e.getName().endsWith(".yaml")).forEach(entries::add);
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry e : entries) {
                try (InputStream in = jar.getInputStream(e)) {
                    out.add(reader.read(e.getName().substring(PACK.length()), in));
                }
            }
        }
        return out;
    }
}
