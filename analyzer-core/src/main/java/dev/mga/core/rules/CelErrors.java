package dev.mga.core.rules;

import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.StructType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CEL's type-check errors into a rule author's message: CEL's own text with the caret under
 * the expression, and, for a field that does not exist, the fields the value does have (CEL
 * reports only the missing name). The type of the value is found by following the parsed
 * expression from {@code it} and {@code params} through fields, indexes and macro variables.
 */
final class CelErrors {

    private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']*)'");
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'");

    private CelErrors() {
    }

    /**
     * @param parsed the parsed (unchecked) expression, whose ids are the ones the errors carry; null if it did not parse
     * @param roots  the declared variables and their types
     */
    static String describe(CelValidationException e, CelExpr parsed, Map<String, CelType> roots) {
        StringBuilder sb = new StringBuilder();
        for (CelIssue issue : e.getErrors()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(issue.toDisplayString(e.getSource()).strip());
            hint(issue, parsed, roots).ifPresent(h -> sb.append("\n  ").append(h));
        }
        return sb.toString();
    }

    private static Optional<String> hint(CelIssue issue, CelExpr parsed, Map<String, CelType> roots) {
        Matcher field = UNDEFINED_FIELD.matcher(issue.getMessage());
        if (field.find() && parsed != null) {
            return operandType(parsed, issue.getExprId(), roots).flatMap(t -> fieldsOf(t, field.group(1)));
        }
        Matcher ref = UNDECLARED.matcher(issue.getMessage());
        if (ref.find()) {
            return Optional.of("variables: " + String.join(", ", roots.keySet()) + "; mga's functions: "
                    + String.join(", ", CelFunctions.NAMES) + "; the rest of CEL: https://github.com/google/cel-spec/blob/master/doc/langdef.md");
        }
        return Optional.empty();
    }

    private static Optional<String> fieldsOf(CelType t, String missing) {
        if (t instanceof StructType s) {
            String what = s.name().equals(RuleCompiler.PARAMS_TYPE) ? "the rule's parameters are" : s.name() + " has";
            return Optional.of("'" + missing + "' does not exist: " + what + ": "
                    + (s.fieldNames().isEmpty() ? "none" : String.join(", ", s.fieldNames().stream().sorted().toList())));
        }
        return Optional.empty();
    }

    /** The type of the operand of the field selection with this id, if it can be followed. */
    private static Optional<CelType> operandType(CelExpr root, long id, Map<String, CelType> roots) {
        return Optional.ofNullable(find(root, id, new HashMap<>(roots)));
    }

    private static CelType find(CelExpr e, long id, Map<String, CelType> scope) {
        switch (e.getKind()) {
            case SELECT:
                if (e.id() == id) {
                    return typeOf(e.select().operand(), scope);
                }
                return find(e.select().operand(), id, scope);
            case CALL:
                if (e.call().target().isPresent()) {
                    CelType t = find(e.call().target().get(), id, scope);
                    if (t != null) {
                        return t;
                    }
                }
                return first(e.call().args(), id, scope);
            case LIST:
                return first(e.list().elements(), id, scope);
            case MAP:
                for (CelExpr.CelMap.Entry entry : e.map().entries()) {
                    CelType t = first(List.of(entry.key(), entry.value()), id, scope);
                    if (t != null) {
                        return t;
                    }
                }
                return null;
            case STRUCT:
                return first(e.struct().entries().stream().map(CelExpr.CelStruct.Entry::value).toList(), id, scope);
            case COMPREHENSION:
                return comprehension(e.comprehension(), id, scope);
            default:
                return null;
        }
    }

    private static CelType comprehension(CelExpr.CelComprehension c, long id, Map<String, CelType> scope) {
        CelType t = first(List.of(c.iterRange(), c.accuInit()), id, scope);
        if (t != null) {
            return t;
        }
        Map<String, CelType> inner = new HashMap<>(scope);
        CelType range = typeOf(c.iterRange(), scope);
        inner.put(c.iterVar(), range instanceof ListType l ? l.elemType() : range instanceof MapType m ? m.keyType() : null);
        inner.put(c.accuVar(), null);
        return first(List.of(c.loopCondition(), c.loopStep(), c.result()), id, inner);
    }

    private static CelType first(List<CelExpr> exprs, long id, Map<String, CelType> scope) {
        for (CelExpr x : exprs) {
            CelType t = find(x, id, scope);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static CelType typeOf(CelExpr e, Map<String, CelType> scope) {
        switch (e.getKind()) {
            case IDENT:
                return scope.get(e.ident().name());
            case SELECT:
                CelType operand = typeOf(e.select().operand(), scope);
                if (operand instanceof StructType s) {
                    return s.findField(e.select().field()).map(StructType.Field::type).orElse(null);
                }
                return operand instanceof MapType m ? m.valueType() : null;
            case CALL:
                if (e.call().function().equals("_[_]") && e.call().args().size() == 2) {
                    CelType container = typeOf(e.call().args().get(0), scope);
                    return container instanceof ListType l ? l.elemType() : container instanceof MapType m ? m.valueType() : null;
                }
                return null;
            default:
                return null;
        }
    }
}
