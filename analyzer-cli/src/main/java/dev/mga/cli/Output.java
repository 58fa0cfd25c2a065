package dev.mga.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/** Writes to standard output or to a file, in UTF-8; checks the file can be written before any work starts. */
final class Output {

    interface Body {
        void write(Writer w) throws IOException;
    }

    private Output() {
    }

    /**
     * Refuses, as a usage error, an output path that cannot be written: its folder missing (it is
     * never created), not a folder, or read-only, or the path itself a folder or read-only.
     */
    static void check(Path file) {
        if (file == null) {
            return;
        }
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new MgaCommand.UsageException("-o " + file + ": is a folder; give a file name");
        }
        if (parent != null && !Files.exists(parent)) {
            throw new MgaCommand.UsageException("-o " + file + ": the folder " + parent + " does not exist (mga does not create it)");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new MgaCommand.UsageException("-o " + file + ": " + parent + " is not a folder");
        }
        if (Files.exists(abs) ? !Files.isWritable(abs) : parent != null && !Files.isWritable(parent)) {
            throw new MgaCommand.UsageException("-o " + file + ": permission denied");
        }
    }

    static void write(CommandLine cli, Path file, Body body) throws IOException {
        if (file == null) {
            PrintWriter out = cli.getOut();
            body.write(out);
            out.flush();
            return;
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            body.write(w);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            throw new MgaCommand.UsageException("-o " + file + ": cannot write (" + e.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")");
        }
    }
}
