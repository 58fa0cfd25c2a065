package dev.mga.core.spi;

import java.io.IOException;

/**
 * Turns one artifact into model records. Bad content never throws: each problem becomes a
 * diagnostic through {@link ParseContext#diagnostic} and parsing goes on with the next line.
 * An {@link IOException} is left to propagate: it means the container broke under the parser.
 * Implementations are stateless and shared between threads.
 */
@FunctionalInterface
public interface ArtifactParser {

    void parse(ParseInput input, ParseContext context) throws IOException;
}
