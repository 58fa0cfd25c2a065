package dev.mga.core.rules;

import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RulePackException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rules an analyzer runs: their YAML definitions (the built-in pack on the class path under
 * {@code dev/mga/rules/pack/}, plus any folders the user adds), each bound to its logic — a
 * compiled CEL condition, or the Java {@link Rule} class its file names. Immutable once
 * built; the compiled programs are shared by all threads.
 */
public final class RulePack {

    static final String PACK = "dev/mga/rules/pack/";

    /** A rule's definition with its logic. */
    record Bound(RuleDefinition definition, Rule rule) {
    }

    private final List<Bound> rules;
    private final Set<String> eager;
    /** Whether built-in rules may take their expressions from the build's checked entries ({@link CheckedRules}). */
    private final boolean checked;
    private final CelEnvironment cel;
    private final FactSubjects subjects;
    /** Rules turned off by the settings: id → why. */
    private final Map<String, String> disabled;

    private RulePack(List<Bound> rules, Set<String> eager, boolean checked, CelEnvironment cel, FactSubjects subjects,
                     Map<String, String> disabled) {
        this.rules = List.copyOf(rules);
        this.eager = Set.copyOf(eager);
        this.checked = checked;
        this.cel = cel;
        this.subjects = subjects;
        this.disabled = Map.copyOf(disabled);
    }

    /**
     * This pack with the user's adjustments: thresholds re-tuned (each value checked against the
     * type its rule file declares, see {@link RuleDefinition#withParam}; the rule re-bound and
     * checked now), rules turned off. The rules stay listed; the engine reports them as disabled.
     *
     * @throws IllegalArgumentException for an unknown rule, family or parameter, or a value of the wrong type
     */
    public RulePack configured(RuleSettings settings) {
        if (settings.isEmpty()) {
            return this;
        }
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        definitions().forEach(d -> byId.put(d.id(), d));
        Map<String, String> off = new LinkedHashMap<>(disabled);
        for (String id : settings.disabled()) {
            known(byId, id);
            off.put(id, "disabled");
        }
        Set<String> families = new TreeSet<>();
        byId.values().forEach(d -> families.add(d.family()));
        for (String sel : settings.only()) {
            if (!byId.containsKey(sel) && !families.contains(sel)) {
                throw new IllegalArgumentException("'" + sel + "' is neither a rule nor a rule family (families: "
                        + String.join(", ", families) + "; rules: see 'mga rules')" + suggestion(byId, sel));
            }
        }
        if (!settings.only().isEmpty()) {
            for (RuleDefinition d : byId.values()) {
                if (!settings.only().contains(d.id()) && !settings.only().contains(d.family())) {
                    off.putIfAbsent(d.id(), "not among the selected rules");
                }
            }
        }
        Map<String, RuleDefinition> changed = new LinkedHashMap<>();
        settings.params().forEach((id, values) -> {
            RuleDefinition d = known(byId, id);
            for (Map.Entry<String, String> v : values.entrySet()) {
                RuleParam before = d.params().get(v.getKey());
                d = d.withParam(v.getKey(), v.getValue());
                RuleParam after = d.params().get(v.getKey());
                d = d.replacing(v.getKey(), new RuleParam(after.type(), after.value(),
                        before.reason() + " (set on the command line; the rule file says " + before.text() + ")"));
            }
            changed.put(id, d);
        });
        List<Bound> out = new ArrayList<>();
        for (Bound b : rules) {
            RuleDefinition c = changed.get(b.definition().id());
            out.add(c == null ? b : new Bound(c, bind(c, true, checked && !eager.contains(c.id()), subjects, cel)));
        }
        return new RulePack(out, eager, checked, cel, subjects, off);
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

    /** How many CEL expressions this pack compiled from their text so far (not taken checked from the build, see {@link CheckedRules}). */
    long compiledFromText() {
        return cel.compiledFromText();
    }

    /** Why a rule does not run, or null when it runs. */
    public String disabledReason(String id) {
        return disabled.get(id);
    }

    /**
     * The built-in pack, plus the rule files found under {@code extraDirs}. The user's files are
     * checked completely now (CEL type-checked, Java classes loaded and their parameters matched);
     * the built-in rules when first used, since the build's tests check them
     * ({@link #builtInCompiled()}), from the trees the build checked when they are still current
     * ({@link CheckedRules}).
     *
     * @throws RulePackException naming the file and what is wrong in it
     */
    public static RulePack load(List<Path> extraDirs) {
        return load(extraDirs, true);
    }

    /** @param checked whether built-in rules may use the build's checked trees (false: compiled from their text, as user rules) */
    static RulePack load(List<Path> extraDirs, boolean checked) {
        RuleFileReader reader = new RuleFileReader();
        Map<String, RuleDefinition> defs = new LinkedHashMap<>();
        for (RuleDefinition d : builtIn(reader)) {
            add(defs, d);
        }
        Set<String> users = new HashSet<>();
        for (Path dir : extraDirs) {
            for (RuleDefinition d : fromDirectory(reader, dir)) {
                add(defs, d);
                users.add(d.id());
            }
        }
        return bind(new ArrayList<>(defs.values()), users, checked);
    }

    /** The built-in pack with every rule checked now (CEL compiled, Java classes bound): what the build's tests check. */
    public static RulePack builtInCompiled() {
        RuleFileReader reader = new RuleFileReader();
        Map<String, RuleDefinition> defs = new LinkedHashMap<>();
        for (RuleDefinition d : builtIn(reader)) {
            add(defs, d);
        }
        return bind(new ArrayList<>(defs.values()), defs.keySet(), false);
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

    private static RulePack bind(List<RuleDefinition> defs, Set<String> eager, boolean checked) {
        defs.sort(Comparator.comparing(RuleDefinition::id));
        FactSubjects subjects = FactSubjects.discover();
        CelEnvironment cel = new CelEnvironment();
        List<Bound> rules = new ArrayList<>();
        for (RuleDefinition d : defs) {
            rules.add(new Bound(d, bind(d, eager.contains(d.id()), checked && !eager.contains(d.id()), subjects, cel)));
        }
        return new RulePack(rules, eager, checked, cel, subjects, Map.of());
    }

    /** @param checked whether the rule may take its expressions from the build's checked entries */
    private static Rule bind(RuleDefinition d, boolean eager, boolean checked, FactSubjects subjects, CelEnvironment cel) {
        if (d.isJava()) {
            return new JavaRule(d, RulePack.class.getClassLoader(), eager);
        }
        FactSubject subject = subjects.get(d.subject()).orElseThrow(() -> new RulePackException(d.source()
                + ": unknown subject '" + d.subject() + "' (known: "
                + String.join(", ", subjects.all().stream().map(FactSubject::name).toList()) + ")"));
        return new CelRule(d, subject, rule -> cel.compiler(rule, subject, checked), eager);
    }

    public List<RuleDefinition> definitions() {
        return rules.stream().map(Bound::definition).toList();
    }

    /** The rules, in the order of {@link #definitions()}. */
    public List<Rule> rules() {
        return rules.stream().map(Bound::rule).toList();
    }

    List<Bound> bound() {
        return rules;
    }

    /** @throws IllegalArgumentException when the pack has no rule with this id */
    public RuleDefinition definition(String id) {
        return rules.stream().map(Bound::definition).filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    private static List<RuleDefinition> builtIn(RuleFileReader reader) {
        List<RuleDefinition> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : builtInFiles().entrySet()) {
            try {
                out.add(reader.readBuiltIn(f.getKey(), f.getValue()));
            } catch (IOException e) {
                throw new RulePackException(f.getKey() + ": cannot read the rule file: " + e.getMessage());
            }
        }
        return out;
    }

    /** The built-in pack's rule files on the class path, in order: where each is (for messages) → its bytes. */
    static Map<String, byte[]> builtInFiles() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = RulePack.class.getClassLoader().getResources(PACK);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    Path dir = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                            out.put(f.toString(), Files.readAllBytes(f));
                        }
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    fromJar(url, out);
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

    private static void fromJar(URL url, Map<String, byte[]> out) throws IOException, URISyntaxException {
        String spec = url.getPath(); // file:/path/to.jar!/dev/mga/rules/pack/
        String jarPath = spec.substring(0, spec.indexOf("!/"));
        try (JarFile jar = new JarFile(Path.of(new java.net.URI(jarPath)).toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            jar.stream().filter(e -> e.getName().startsWith(PACK) && e.getName().endsWith(".yaml")).forEach(entries::add);
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry e : entries) {
                try (InputStream in = jar.getInputStream(e)) {
                    out.put(e.getName().substring(PACK.length()), in.readAllBytes());
                }
            }
        }
    }
}
