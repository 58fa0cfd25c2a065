package dev.mga.core.rules;

/** A rule threshold: its value and why it has that value (with its source). */
public record RuleParam(Object value, String reason) {
}
