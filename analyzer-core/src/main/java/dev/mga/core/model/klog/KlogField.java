package dev.mga.core.model.klog;

/**
 * One {@code key=value} pair of a structured klog message, the value unquoted and unescaped
 * ({@code err="dial tcp …"} → {@code dial tcp …}); a multi-line {@code key=<} value has its lines
 * joined with {@code \n}.
 */
public record KlogField(String key, String value) {
}
