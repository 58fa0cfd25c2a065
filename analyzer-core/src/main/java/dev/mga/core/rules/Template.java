package dev.mga.core.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A summary text with {@code ${expression}} placeholders, each a CEL expression compiled once. */
final class Template {

    private final List<String> literals;
    private final List<CelRuntime.Program> expressions;

    private Template(List<String> literals, List<CelRuntime.Program> expressions) {
        this.literals = literals;
        this.expressions = expressions;
    }

    static Template compile(Function<String, CelRuntime.Program> compile, String text) {
        List<String> literals = new ArrayList<>();
        List<CelRuntime.Program> programs = new ArrayList<>();
        split(text, literals, e -> programs.add(compile.apply(e)));
        return new Template(List.copyOf(literals), List.copyOf(programs));
    }

    /** The expressions of a summary text, in order. */
    static List<String> expressions(String text) {
        List<String> expressions = new ArrayList<>();
        split(text, new ArrayList<>(), expressions::add);
        return expressions;
    }

    /** Splits a summary text into its literals and its expressions, each expression handed over as it is met. */
    private static void split(String text, List<String> literals, Consumer<String> expressions) {
        int i = 0;
        while (true) {
            int open = text.indexOf("${", i);
            if (open < 0) {
                literals.add(text.substring(i));
                break;
            }
            int close = closing(text, open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed ${ at character " + open + " of the summary");
            }
            literals.add(text.substring(i, open));
            expressions.accept(text.substring(open + 2, close));
            i = close + 1;
        }
    }

    private static int closing(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    String render(Map<String, Object> vars) throws CelEvaluationException {
        StringBuilder sb = new StringBuilder(literals.get(0));
        for (int k = 0; k < expressions.size(); k++) {
            sb.append(text(expressions.get(k).eval(vars))).append(literals.get(k + 1));
        }
        return sb.toString().strip();
    }

    static String text(Object v) {
        if (v == null || v instanceof dev.mga.shaded.protobuf.NullValue) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : String.format(Locale.ROOT, "%.2f", d);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(text(x)));
            return String.join(", ", parts);
        }
        return String.valueOf(v);
    }
}
