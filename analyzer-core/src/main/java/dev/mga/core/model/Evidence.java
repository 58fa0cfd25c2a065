package dev.mga.core.model;


/**
 * One cited line behind a finding: the input, the entry path inside it, the line (0 for a whole
 * entry) and the excerpt, already redacted of tokens.
 */
public record Evidence(String input, String path, long line, String excerpt) {

    public static Evidence of(Location location, String excerpt) {
        return new Evidence(location.input(), location.path(), location.line(), excerpt == null ? "" : excerpt);
    }

    public String where() {
        return line > 0 ? path + ":" + line : path;
    }
}
