package dev.mga.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The name and version of this analyzer, as they appear in every report. */
public record Tool(String name, String version) {

    private static final Tool CURRENT = load();

    public static Tool current() {
        return CURRENT;
    }

    private static Tool load() {
        Properties p = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream("/dev/mga/core/tool.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tool(p.getProperty("name", "mga"), p.getProperty("version", "unknown"));
    }
}
