package dev.mga.core.spi;

import java.util.List;

/**
 * One family of artifacts (slab, memory, etcd, ...): the artifact types it recognises and the fact
 * subjects its CEL rules run over. A family is registered once, in
 * {@code META-INF/services/dev.mga.core.spi.ArtifactFamily} (and, in a module, with
 * {@code provides}); adding a type or a subject to a family touches no central list.
 */
public interface ArtifactFamily {

    /** The family's name, the first part of its type ids: {@code slab} for {@code slab.calls}. */
    String name();

    /** The artifact types of the family. */
    List<ArtifactType> types();

    /**
     * The {@code --option KEY=VALUE} settings the family's parsers read; the analyzer refuses any
     * other key.
     */
    default List<ParserOption> options() {
        return List.of();
    }

    /** The fact subjects the family offers to CEL rules ({@code subject:} in a rule's YAML). */
    default List<FactSubject> subjects() {
        return List.of();
    }
}
