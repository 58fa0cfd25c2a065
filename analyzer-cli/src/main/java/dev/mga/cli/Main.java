package dev.mga.cli;

import picocli.CommandLine;

/** {@code mga}: the command line. Only argument handling and printing live here; analysis is in analyzer-core. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        CommandLine cli = MgaCommand.commandLine();
        return cli.execute(args);
    }
}
