package dev.mga.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of one analysis run over one or more inputs. Every list is flat and each element
 * names its input, so one report serves a single capture as well as a case with several.
 */
public record Report(Tool tool, List<InputSummary> inputs, List<Artifact> artifacts, List<Finding> findings,
                     List<Diagnostic> diagnostics) {

    public Report {
        inputs = List.copyOf(inputs);
        artifacts = List.copyOf(artifacts);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The most severe finding's severity, if any finding exists. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    public List<Finding> findingsOf(String input) {
        return findings.stream().filter(f -> f.input().equals(input)).toList();
    }

    public List<Artifact> artifactsOf(String input) {
        return artifacts.stream().filter(a -> a.input().equals(input)).toList();
    }

    public List<Diagnostic> diagnosticsOf(String input) {
        return diagnostics.stream().filter(d -> d.input().equals(input)).toList();
    }

    /** True when not a single input could be read. */
    public boolean nothingRead() {
        return inputs.stream().noneMatch(InputSummary::readable);
    }
}
