package dev.mga.core.model;

import java.util.List;

/**
 * One entry of an input and what became of it.
 *
 * @param input       the input, as the user named it
 * @param path        the entry path inside the input ({@code !/} separates nested archives)
 * @param type        the artifact type id (e.g. {@code slab.calls}); empty when unknown
 * @param detectedBy  {@code path}, {@code content} or {@code option} (the user forced the type); for one section of
 *                    a pasted file that holds several kinds, {@code content, lines A-B}; empty when unknown
 * @param status      parsed, failed, skipped or unknown
 * @param records     how many model records the parser produced
 * @param diagnostics the problems met in this entry
 */
public record Artifact(String input, String path, String type, String detectedBy, ArtifactStatus status,
                       long records, List<Diagnostic> diagnostics) {

    public Artifact {
        diagnostics = List.copyOf(diagnostics);
    }
}
