package dev.mga.core.rules;

import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RulePackException;
import dev.mga.core.spi.RuleParameter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Java rule as its YAML file names it ({@code implementation: <class>}): the class is loaded,
 * checked (a public {@link Rule} with a public no-argument constructor, whose
 * {@link RuleParameter} constants match the parameters of the file, name and type) and
 * instantiated once. Rule files the user adds are bound when they load; the built-in pack on
 * first use (the build's tests bind all of it).
 */
final class JavaRule implements Rule {

    private final RuleDefinition definition;
    private final ClassLoader loader;
    private volatile Rule rule;

    /** @throws RulePackException when the class is missing or unusable (eager only) */
    JavaRule(RuleDefinition definition, ClassLoader loader, boolean eager) {
        this.definition = definition;
        this.loader = loader;
        if (eager) {
            this.rule = bind();
        }
    }

    @Override
    public void evaluate(RuleContext context) {
        Rule r = rule;
        if (r == null) {
            synchronized (this) {
                r = rule;
                if (r == null) {
                    r = bind();
                    rule = r;
                }
            }
        }
        r.evaluate(context);
    }

    private Rule bind() {
        String name = definition.implementation();
        Class<?> c;
        try {
            c = Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw fail("implementation " + name + " is not a class on the class path");
        }
        if (!Rule.class.isAssignableFrom(c) || !Modifier.isPublic(c.getModifiers()) || Modifier.isAbstract(c.getModifiers())) {
            throw fail("implementation " + name + " is not a public, concrete class implementing " + Rule.class.getName());
        }
        checkParameters(c);
        try {
            Constructor<?> k = c.getConstructor();
            return (Rule) k.newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw fail("implementation " + name + " has no public constructor without arguments");
        } catch (InstantiationException | InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw fail("implementation " + name + " could not be created: " + cause);
        }
    }

    /** The class's parameter constants and the file's parameters must be the same names with the same types. */
    private void checkParameters(Class<?> c) {
        Map<String, RuleParameter<?>> reads = new TreeMap<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && RuleParameter.class.isAssignableFrom(f.getType())) {
                if (!Modifier.isFinal(f.getModifiers()) || !f.trySetAccessible()) {
                    throw fail(c.getName() + "." + f.getName() + " must be a static final RuleParameter the engine can read");
                }
                try {
                    RuleParameter<?> p = (RuleParameter<?>) f.get(null);
                    reads.put(p.name(), p);
                } catch (IllegalAccessException e) {
                    throw fail("cannot read " + c.getName() + "." + f.getName() + ": " + e.getMessage());
                }
            }
        }
        for (RuleParameter<?> p : reads.values()) {
            RuleParam declared = definition.params().get(p.name());
            if (declared == null) {
                throw fail(c.getSimpleName() + " reads parameter '" + p.name() + "' (" + p.type()
                        + ") but the file does not declare it (it declares: " + declared() + ")");
            }
            if (!declared.type().equals(p.type())) {
                throw fail("parameter '" + p.name() + "' is declared as " + declared.type() + " but "
                        + c.getSimpleName() + " reads it as " + p.type());
            }
        }
        for (String name : definition.params().keySet()) {
            if (!reads.containsKey(name)) {
                throw fail("parameter '" + name + "' is not read by " + c.getSimpleName()
                        + " (it reads: " + (reads.isEmpty() ? "none" : String.join(", ", reads.keySet())) + ")");
            }
        }
    }

    private String declared() {
        return definition.params().isEmpty() ? "none" : String.join(", ", new TreeMap<>(definition.params()).keySet());
    }

    private RulePackException fail(String message) {
        return new RulePackException(definition.source() + ": " + message);
    }
}
