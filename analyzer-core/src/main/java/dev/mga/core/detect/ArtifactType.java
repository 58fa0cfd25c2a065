package dev.mga.core.detect;

import dev.mga.core.parse.ArtifactParser;
import java.util.List;

/**
 * A kind of captured artifact mga understands, and how to recognise it. Implementations are
 * registered in {@code META-INF/services/dev.mga.core.detect.ArtifactType}; adding one touches no
 * central switch.
 *
 * <p>Detection looks at the entry path first ({@link #pathPatterns()}, must-gather and sosreport
 * conventions); only entries no pattern claims are offered to {@link #sniff(ContentSample)}, so a
 * pasted {@code case-notes/output.txt} is still recognised by what it holds.
 */
public interface ArtifactType {

    /** Stable id, {@code <family>.<artifact>}, e.g. {@code slab.calls}. */
    String id();

    /** The artifact family (package) this type belongs to, e.g. {@code slab}. */
    String family();

    /** One line saying what the artifact is, for {@code mga detect} and the docs. */
    String description();

    /**
     * Globs over the entry path: {@code *} stays within a segment, {@code **} crosses them
     * ({@code **}{@code /} also matches no directory at all), {@code ?} is one character and
     * {@code {a,b}} alternatives.
     */
    List<String> pathPatterns();

    /**
     * Whether an entry whose path matched {@link #pathPatterns()} really is this artifact, from its
     * first bytes. A path convention can be shared by several formats (pod logs are klog for some
     * components, JSON for others, plain text for applications); a type that says no here lets
     * the other types' sniffers try, and the entry stays unknown if none claims it. Default: yes.
     */
    default boolean accepts(ContentSample sample) {
        return true;
    }

    /** True when the first bytes of an entry are clearly this artifact. Must be cheap and strict. */
    boolean sniff(ContentSample sample);

    /** Order among sniffers: higher goes first, for types whose content a looser one would also accept. */
    default int sniffPriority() {
        return 0;
    }

    /** The parser for this type; stateless and safe to share between threads. */
    ArtifactParser parser();
}
