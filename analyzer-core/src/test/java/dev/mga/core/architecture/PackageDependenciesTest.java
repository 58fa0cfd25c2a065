package dev.mga.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages depend on each other in one direction only: no package cycle, and the
 * public surface ({@code spi}, {@code model}) depends on nothing internal. Read from the sources'
 * imports and qualified names, so a new cycle fails here before anyone has to untangle it.
 */
class PackageDependenciesTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.mga\\.[\\w.]+);", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(dev\\.mga\\.core(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    private static final Map<String, Set<String>> DEPS = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        Path root = Path.of(System.getProperty("mga.root", "..")).resolve("analyzer-core/src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList()) {
                String text = Files.readString(f);
                Matcher pm = PACKAGE.matcher(text);
                assertThat(pm.find()).as(f + " has a package").isTrue();
                String pkg = pm.group(1);
                Set<String> deps = DEPS.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher im = IMPORT.matcher(text);
                while (im.find()) {
                    deps.add(packageOf(im.group(1)));
                }
                Matcher qm = QUALIFIED.matcher(IMPORT.matcher(text).replaceAll(""));
                while (qm.find()) {
                    deps.add(qm.group(1));
                }
                deps.remove(pkg);
            }
        }
    }

    /** {@code dev.mga.core.model.Location} → {@code dev.mga.core.model}; nested and static members too. */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        int i = 0;
        while (i < parts.length && !Character.isUpperCase(parts[i].charAt(0)) && !parts[i].equals("*")) {
            i++;
        }
        return String.join(".", List.of(parts).subList(0, i));
    }

    @Test
    void noPackageCycle() {
        assertThat(DEPS).containsKeys("dev.mga.core", "dev.mga.core.spi", "dev.mga.core.model");
        assertThat(cycles()).as("package cycles (each list is one strongly connected set)").isEmpty();
    }

    @Test
    void publicSurfaceDependsOnNothingInternal() {
        for (Map.Entry<String, Set<String>> e : DEPS.entrySet()) {
            String pkg = e.getKey();
            if (pkg.equals("dev.mga.core.spi") || pkg.startsWith("dev.mga.core.model")) {
                assertThat(e.getValue()).as(pkg + " depends only on the model, the SPI and the parsing toolkit")
                        .allMatch(d -> d.startsWith("dev.mga.core.model") || d.equals("dev.mga.core.spi")
                                || d.equals("dev.mga.core.parse") && !pkg.equals("dev.mga.core.spi"));
            }
        }
    }

    /** Tarjan's strongly connected components of more than one package. */
    private static List<List<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : DEPS.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                                Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : DEPS.getOrDefault(v, Set.of())) {
            if (!DEPS.containsKey(w)) {
                continue; // another module (grammars)
            }
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }
}
