package dev.mga.core.detect;

import dev.mga.core.spi.ArtifactType;

/** Which type an entry was recognised as, and by what: {@code path}, {@code content} or {@code option}. */
public record Detection(ArtifactType type, String by) {
}
