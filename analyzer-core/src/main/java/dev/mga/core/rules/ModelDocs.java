package dev.mga.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * What the model records' javadoc says about them and their fields, as the build's annotation
 * processor (module model-docs) wrote it into {@value #RESOURCE}: {@code binary.Name} for a
 * record, {@code binary.Name#field} for a component ({@code @param}) or derived accessor.
 */
final class ModelDocs {

    static final String RESOURCE = "META-INF/mga/model-docs.properties";

    private final Map<String, String> docs;

    private ModelDocs(Map<String, String> docs) {
        this.docs = Map.copyOf(docs);
    }

    /** Every such resource on the class path (families from other jars may bring their own). */
    static ModelDocs load(ClassLoader loader) {
        Map<String, String> docs = new HashMap<>();
        try {
            Enumeration<URL> all = loader.getResources(RESOURCE);
            while (all.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(all.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        int eq = line.indexOf('=');
                        if (!line.startsWith("#") && eq > 0) {
                            docs.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).replace("\\\\", "\\"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelDocs(docs);
    }

    /** The first sentence of a record's javadoc, or "". */
    String of(Class<?> type) {
        return docs.getOrDefault(type.getName(), "");
    }

    /** What a field means, or "". */
    String of(Class<?> owner, String member) {
        return docs.getOrDefault(owner.getName() + "#" + member, "");
    }
}
