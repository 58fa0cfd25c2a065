package dev.mga.core.detect;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.ParserOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The open registry of artifact types and the detection over them. Immutable; thread-safe. */
public final class ArtifactTypes {

    private record Claim(PathPattern pattern, ArtifactType type) {
    }

    private final Map<String, ArtifactType> byId;
    private final List<Claim> claims;
    private final List<ArtifactType> sniffers;
    private final List<ParserOption> options;

    private ArtifactTypes(List<ArtifactType> types) {
        this(types, List.of());
    }

    private ArtifactTypes(List<ArtifactType> types, List<ParserOption> options) {
        Map<String, ParserOption> keys = new java.util.TreeMap<>();
        for (ParserOption o : options) {
            if (keys.putIfAbsent(o.key(), o) != null) {
                throw new IllegalStateException("two families declare the option " + o.key());
            }
        }
        this.options = List.copyOf(keys.values());
        Map<String, ArtifactType> ids = new LinkedHashMap<>();
        List<Claim> cl = new ArrayList<>();
        for (ArtifactType t : types) {
            if (ids.putIfAbsent(t.id(), t) != null) {
                throw new IllegalStateException("two artifact types share the id " + t.id());
            }
            for (String glob : t.pathPatterns()) {
                cl.add(new Claim(PathPattern.compile(glob), t));
            }
        }
        cl.sort(Comparator.comparingInt((Claim c) -> c.pattern().specificity()).reversed());
        List<ArtifactType> sn = new ArrayList<>(types);
        sn.sort(Comparator.comparingInt(ArtifactType::sniffPriority).reversed());
        this.byId = Map.copyOf(ids);
        this.claims = List.copyOf(cl);
        this.sniffers = List.copyOf(sn);
    }

    /** The types of every {@link ArtifactFamily} registered through {@link ServiceLoader}. */
    public static ArtifactTypes discover() {
        List<ArtifactType> types = new ArrayList<>();
        List<ParserOption> options = new ArrayList<>();
        ServiceLoader.load(ArtifactFamily.class, ArtifactTypes.class.getClassLoader()).forEach(f -> {
            types.addAll(f.types());
            options.addAll(f.options());
        });
        types.sort(Comparator.comparing(ArtifactType::id));
        return new ArtifactTypes(types, options);
    }

    /** The parser options the families declare, sorted by key. */
    public List<ParserOption> options() {
        return options;
    }

    public static ArtifactTypes of(List<ArtifactType> types) {
        return new ArtifactTypes(types);
    }

    public List<ArtifactType> all() {
        return byId.values().stream().sorted(Comparator.comparing(ArtifactType::id)).toList();
    }

    public Optional<ArtifactType> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Recognises an entry by its path (the most specific pattern whose type accepts the content),
     * else by its first bytes.
     */
    public Optional<Detection> detect(String path, ContentSample sample) {
        for (Claim c : claims) {
            if (c.pattern().matches(path) && accepts(c.type(), sample)) {
                return Optional.of(new Detection(c.type(), "path"));
            }
        }
        return sniff(sample);
    }

    /** Recognises content by its first bytes only, whatever its name (a section of a pasted file). */
    public Optional<Detection> sniff(ContentSample sample) {
        if (sample.length() == 0 || sample.isBinary()) {
            return Optional.empty();
        }
        for (ArtifactType t : sniffers) {
            if (sniffs(t, sample)) {
                return Optional.of(new Detection(t, "content"));
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(ArtifactType type, ContentSample sample) {
        try {
            return type.accepts(sample);
        } catch (RuntimeException e) {
            return true; // a faulty check must not hide the artifact: let its parser report
        }
    }

    private static boolean sniffs(ArtifactType type, ContentSample sample) {
        try {
            return type.sniff(sample);
        } catch (RuntimeException e) {
            // a faulty sniffer must not stop detection of everything else
            return false;
        }
    }
}
