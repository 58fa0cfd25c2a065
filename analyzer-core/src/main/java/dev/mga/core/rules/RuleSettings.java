package dev.mga.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a user adjusts the rule pack for one analyzer: rules turned off, the only rules (or
 * families) to run, and thresholds re-tuned ({@code rule → param → value as text}). Checked
 * against the pack when applied: an unknown rule, family or parameter, or a value of the wrong
 * type, is refused with the known names.
 */
public record RuleSettings(Set<String> disabled, Set<String> only, Map<String, Map<String, String>> params) {

    public RuleSettings {
        disabled = Collections.unmodifiableSet(new LinkedHashSet<>(disabled));
        only = Collections.unmodifiableSet(new LinkedHashSet<>(only));
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        params.forEach((rule, values) -> p.put(rule, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        params = Collections.unmodifiableMap(p);
    }

    public static RuleSettings none() {
        return new RuleSettings(Set.of(), Set.of(), Map.of());
    }

    public boolean isEmpty() {
        return disabled.isEmpty() && only.isEmpty() && params.isEmpty();
    }
}
