package dev.mga.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A kind of captured artifact mga understands, and how to recognise it. Implementations are
 * registered in {@code META-INF/services/dev.mga.core.spi.ArtifactType}; adding one touches no
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

    /**
     * Whether, in a pasted terminal session, each command's output of this type is an artifact of
     * its own (two {@code cat …/alloc_calls} are two caches' listings), rather than one artifact
     * whose parser reads every command (a grep run twice on one host, the counters of each NUMA
     * node, one file per host over ssh). Default: one artifact.
     */
    default boolean onePerCommand() {
        return false;
    }

    /**
     * Declares a type as data: its id, what it is, the paths that name it, how its content is
     * recognised and its parser. The family is the id's first part.
     *
     * <pre>{@code
     * ArtifactType.declare("memory.meminfo")
     *     .describedAs("/proc/meminfo, a NUMA node's meminfo, or grep of them")
     *     .paths(MEMINFO_PATHS)
     *     .sniffer(sample -> sample.text().startsWith("MemTotal:"))
     *     .parser(new MeminfoParser())
     *     .build();
     * }</pre>
     */
    static Declaration declare(String id) {
        return new Declaration(id);
    }

    /** A type being declared; {@link #build()} gives an immutable {@link ArtifactType}. */
    final class Declaration {
        private final String id;
        private String description = "";
        private List<String> paths = List.of();
        private Predicate<ContentSample> sniffer = sample -> false;
        private Predicate<ContentSample> accepts = sample -> true;
        private int sniffPriority;
        private ArtifactParser parser;
        private boolean onePerCommand;

        private Declaration(String id) {
            if (id == null || id.indexOf('.') <= 0) {
                throw new IllegalArgumentException("an artifact type id is <family>.<artifact>: " + id);
            }
            this.id = id;
        }

        /** One line saying what the artifact is. */
        public Declaration describedAs(String text) {
            this.description = Objects.requireNonNull(text);
            return this;
        }

        /** Path globs that name the artifact (see {@link ArtifactType#pathPatterns()}). */
        public Declaration paths(String... globs) {
            this.paths = List.of(globs);
            return this;
        }

        /** Recognises the artifact by its first bytes when no path claims it (cheap and strict). */
        public Declaration sniffer(Predicate<ContentSample> test) {
            this.sniffer = Objects.requireNonNull(test);
            return this;
        }

        /** Confirms a path match from the content (see {@link ArtifactType#accepts}). */
        public Declaration accepts(Predicate<ContentSample> test) {
            this.accepts = Objects.requireNonNull(test);
            return this;
        }

        /** Higher goes first among sniffers. */
        public Declaration sniffPriority(int priority) {
            this.sniffPriority = priority;
            return this;
        }

        /** Each command's output in a pasted session is an artifact of its own (see {@link ArtifactType#onePerCommand()}). */
        public Declaration onePerCommand() {
            this.onePerCommand = true;
            return this;
        }

        public Declaration parser(ArtifactParser p) {
            this.parser = Objects.requireNonNull(p);
            return this;
        }

        public ArtifactType build() {
            if (parser == null) {
                throw new IllegalStateException("artifact type " + id + " has no parser");
            }
            return new Declared(id, description, paths, sniffer, accepts, sniffPriority, parser, onePerCommand);
        }
    }

    /** A type declared as data. */
    record Declared(String id, String description, List<String> pathPatterns, Predicate<ContentSample> sniffer,
                    Predicate<ContentSample> acceptor, int sniffPriority, ArtifactParser parser,
                    boolean onePerCommand) implements ArtifactType {

        @Override
        public String family() {
            return id.substring(0, id.indexOf('.'));
        }

        @Override
        public boolean accepts(ContentSample sample) {
            return acceptor.test(sample);
        }

        @Override
        public boolean sniff(ContentSample sample) {
            return sniffer.test(sample);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
