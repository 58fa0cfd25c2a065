package dev.mga.core.model;

import java.util.Objects;

/**
 * A problem met while reading or analysing a capture: a malformed line, a limit reached, an
 * unreadable archive. It names the input, entry and line (0 when the whole entry or input is
 * concerned) and says what was expected; analysis always goes on after one.
 */
public record Diagnostic(String input, String path, long line, String message) {

    public Diagnostic {
        Objects.requireNonNull(input, "input");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location.input(), location.path(), location.line(), message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(input);
        if (!path.isEmpty()) {
            sb.append(" → ").append(path);
        }
        if (line > 0) {
            sb.append(':').append(line);
        }
        return sb.append(": ").append(message).toString();
    }
}
