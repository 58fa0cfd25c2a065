package dev.mga.core.kube;

/** A leaf of a resource read from YAML or JSON: its text ({@code null} for null) and its input line. */
record Scalar(String text, long line) {
}
