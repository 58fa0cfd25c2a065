package dev.mga.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Writes to standard output or to a file, in UTF-8. */
final class Output {

    interface Body {
        void write(Writer w) throws IOException;
    }

    private Output() {
    }

    static void write(CommandLine cli, Path file, Body body) throws IOException {
        if (file == null) {
            PrintWriter out = cli.getOut();
            body.write(out);
            out.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            body.write(w);
        }
    }
}
