package dev.mga.core.rules;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.FactSubject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The fact subjects registered on the class path. */
public final class FactSubjects {

    private final Map<String, FactSubject> byName;

    private FactSubjects(Map<String, FactSubject> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static FactSubjects discover() {
        Map<String, FactSubject> m = new LinkedHashMap<>();
        for (FactSubject s : ServiceLoader.load(ArtifactFamily.class, FactSubjects.class.getClassLoader()).stream()
                .flatMap(f -> f.get().subjects().stream()).toList()) {
            if (m.putIfAbsent(s.name(), s) != null) {
                throw new IllegalStateException("two fact subjects share the name " + s.name());
            }
        }
        return new FactSubjects(m);
    }

    public Optional<FactSubject> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<FactSubject> all() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(FactSubject::name)).toList();
    }
}
