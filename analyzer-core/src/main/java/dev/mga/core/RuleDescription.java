package dev.mga.core;

import dev.mga.core.model.Severity;
import dev.mga.core.rules.RuleDefinition;
import dev.mga.core.rules.RuleDocs;
import dev.mga.core.spi.ParamType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of an analyzer's pack, as its YAML file declares it ({@link Analyzer#rules()}): what
 * it judges, its thresholds with their reasons, and its documentation as {@code mga rules}
 * prints it. Immutable.
 */
public final class RuleDescription {

    /**
     * One parameter (threshold) of a rule.
     *
     * @param type   its declared type ({@code integer}, {@code percent}, {@code list<string>} ...)
     * @param value  its value, of the Java class {@link ParamType.Kind#javaType()} names
     * @param text   the value as the rule file writes it ({@code 80%}, {@code 8Gi}, {@code 15m})
     * @param reason why it has this value, with its source
     */
    public record Parameter(ParamType type, Object value, String text, String reason) {
    }

    /**
     * One field a CEL rule can read.
     *
     * @param name    its name after {@code it.} (or after the struct holding it)
     * @param type    its CEL type: {@code int}, {@code double}, {@code string}, {@code bool},
     *                {@code list(T)}, {@code map(string, T)}, another struct's name, {@code dyn}
     * @param meaning one line from the record's javadoc, or "" when it has none
     */
    public record Field(String name, String type, String meaning) {
    }

    /**
     * One struct type a CEL rule's {@code it} is made of: the subject's record, or a record it
     * reaches.
     *
     * @param name    the CEL type name ({@code slab.SlabCallSiteListing})
     * @param meaning the first sentence of the record's javadoc, or ""
     * @param fields  in the order of the record's JSON
     */
    public record SubjectType(String name, String meaning, List<Field> fields) {
        /** Copies the field list. */
        public SubjectType {
            fields = List.copyOf(fields);
        }
    }

    private final RuleDefinition definition;

    RuleDescription(RuleDefinition definition) {
        this.definition = Objects.requireNonNull(definition);
    }

    /** @return the stable id, part of the product ({@code kernel.slab.list-lru-leak}) */
    public String id() {
        return definition.id();
    }

    /** @return the one-line title */
    public String title() {
        return definition.title();
    }

    /** @return the severity of its findings (a finding may be raised above it, see the rule's documentation) */
    public Severity severity() {
        return definition.severity();
    }

    /** @return the artifact family it judges ({@code slab}, {@code etcd} ...) */
    public String family() {
        return definition.family();
    }

    /** @return why the culprit matters: the explanation its findings carry */
    public String description() {
        return definition.description();
    }

    /** @return what to do about a finding */
    public String remediation() {
        return definition.remediation();
    }

    /** @return public sources (URLs) for the explanation and the thresholds */
    public List<String> references() {
        return definition.references();
    }

    /** @return its parameters by name, in name order */
    public Map<String, Parameter> params() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        definition.params().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(),
                new Parameter(e.getValue().type(), e.getValue().value(), e.getValue().text(), e.getValue().reason())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** @return true for a rule written in Java, false for a CEL rule */
    public boolean isJava() {
        return definition.isJava();
    }

    /** @return the class of a Java rule ({@code implementation:}); null for a CEL rule */
    public String implementation() {
        return definition.implementation();
    }

    /** @return the facts a CEL rule runs over ({@code slab.listing}); null for a Java rule */
    public String subject() {
        return definition.subject();
    }

    /** @return the file it was loaded from */
    public String source() {
        return definition.source();
    }

    /**
     * The documentation of this rule in Markdown, as {@code mga rules RULE} prints it: metadata,
     * typed parameters, condition and the fields of its subject.
     *
     * @return the Markdown text
     */
    public String documentation() {
        return RuleDocs.rule(definition);
    }

    /**
     * The types a CEL rule's {@code it} is made of, the subject's record first and then each record
     * it reaches, with every field's CEL type and meaning.
     *
     * @return the types; empty for a Java rule
     */
    public List<SubjectType> subjectTypes() {
        return RuleDocs.subjectTypes(definition).stream().map(t -> new SubjectType(t.name(), t.meaning(),
                t.fields().stream().map(f -> new Field(f.name(), f.type(), f.meaning())).toList())).toList();
    }

    /**
     * One line per rule: id, severity and title in columns, as {@code mga rules} prints them.
     *
     * @param rules the rules, in the order to print
     * @return the lines, each ending with a line break
     */
    public static String table(List<RuleDescription> rules) {
        return RuleDocs.table(definitions(rules));
    }

    /**
     * The documentation of every rule as one Markdown document ({@code docs/rules.md}): a summary
     * table, then each rule's section, by family.
     *
     * @param rules the rules, in the order to list them
     * @return the Markdown text
     */
    public static String markdown(List<RuleDescription> rules) {
        return RuleDocs.markdown(definitions(rules));
    }

    private static List<RuleDefinition> definitions(List<RuleDescription> rules) {
        return rules.stream().map(r -> r.definition).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleDescription other && definition.equals(other.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    @Override
    public String toString() {
        return "RuleDescription[" + id() + "]";
    }
}
