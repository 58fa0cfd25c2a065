package dev.mga.core.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a threshold given as text (on the command line) as the type of the value its rule file
 * gives: whole numbers, decimals, booleans, text, or comma-separated lists of text.
 */
final class RuleParamValues {

    private RuleParamValues() {
    }

    /**
     * @throws IllegalArgumentException naming the rule, the parameter and the expected type
     */
    static Object convert(String rule, String param, Object current, String text) {
        String t = text.trim();
        try {
            if (current instanceof Integer || current instanceof Long || current instanceof Short) {
                return Long.parseLong(t.replace("_", ""));
            }
            if (current instanceof Double || current instanceof Float) {
                double d = Double.parseDouble(t);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule + "." + param + " takes " + typeName(current) + " (now "
                    + current + "), not '" + text + "'");
        }
        if (current instanceof Boolean) {
            return switch (t.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(rule + "." + param + " takes true or false, not '" + text + "'");
            };
        }
        if (current instanceof List<?> l && l.stream().allMatch(v -> v instanceof String)) {
            return Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        if (current instanceof String) {
            return t;
        }
        throw new IllegalArgumentException(rule + "." + param + " is " + typeName(current)
                + " and cannot be set from text; copy the rule file and load it with --rules instead");
    }

    static String typeName(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return "a whole number";
        }
        if (v instanceof Double || v instanceof Float) {
            return "a decimal number";
        }
        if (v instanceof Boolean) {
            return "true or false";
        }
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
            return "a comma-separated list";
        }
        if (v instanceof String) {
            return "text";
        }
        return v instanceof Map ? "a mapping" : "a list of lists";
    }
}
