package dev.mga.core.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code KEY=VALUE} option a family's parsers read ({@link ParseInput#option}), declared so
 * that the analyzer can refuse a misspelt key or a malformed value before reading anything, and
 * list the known keys.
 *
 * @param key         {@code family.name}, e.g. {@code slab.cache}
 * @param example     a typical value, e.g. {@code kmalloc-32}
 * @param description when to use it, in a sentence
 * @param valueFormat a regular expression a value must match (whole), or null for any text
 */
public record ParserOption(String key, String example, String description, String valueFormat) {

    public ParserOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(description, "description");
        if (valueFormat != null) {
            Pattern.compile(valueFormat);
        }
    }

    /** True when {@code value} has the declared format. */
    public boolean accepts(String value) {
        return valueFormat == null || (value != null && value.matches(valueFormat));
    }
}
