package dev.mga.cli;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that read captures: parser options and reading limits. */
final class ReadingOptions {

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "Parser option, e.g. slab.cache=kmalloc-32 for a listing whose path does not name its cache "
                    + "('mga types' lists them all).")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--max-total-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Uncompressed bytes read from one input (default ${DEFAULT-VALUE}).", defaultValue = "64GiB")
    long maxTotalBytes;

    @Option(names = "--max-entry-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Uncompressed bytes read from one entry (default ${DEFAULT-VALUE}).", defaultValue = "16GiB")
    long maxEntryBytes;

    @Option(names = "--max-entries", paramLabel = "N", description = "Entries read from one input (default ${DEFAULT-VALUE}).",
            defaultValue = "1000000")
    long maxEntries;

    @Option(names = "--max-ratio", paramLabel = "R",
            description = "Largest compression ratio of an archive layer before it counts as a bomb (default ${DEFAULT-VALUE}).",
            defaultValue = "200")
    double maxRatio;

    @Option(names = "--max-depth", paramLabel = "N", description = "Archives nested in archives (default ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int maxDepth;

    @Option(names = "--max-line-length", paramLabel = "N", description = "Longest line kept (default ${DEFAULT-VALUE}).",
            defaultValue = "1048576")
    int maxLineLength;

    @Option(names = "--workers", paramLabel = "N",
            description = "Threads that parse entries, and inputs read side by side (default: the processors available). "
                    + "1 parses every entry in turn; the report is the same either way.")
    Integer workers;

    Limits limits() {
        try {
            return Limits.builder().maxTotalBytes(maxTotalBytes).maxEntryBytes(maxEntryBytes).maxEntries(maxEntries)
                    .maxCompressionRatio(maxRatio).maxNestingDepth(maxDepth).maxLineLength(maxLineLength).build();
        } catch (IllegalArgumentException e) {
            throw new MgaCommand.UsageException("invalid limit: " + e.getMessage());
        }
    }

    /** Limits and parser options on a builder. */
    Analyzer.Builder apply(Analyzer.Builder b) {
        b.limits(limits());
        options.forEach(b::option);
        if (workers != null) {
            if (workers < 1) {
                throw new MgaCommand.UsageException("--workers must be at least 1, not " + workers);
            }
            b.parseWorkers(workers);
        }
        return b;
    }
}
