package dev.mga.cli;

import dev.mga.core.model.Tool;
import dev.mga.core.spi.RulePackException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top command: its subcommands do the work. */
@Command(name = "mga", mixinStandardHelpOptions = true, versionProvider = MgaCommand.Version.class,
        description = "must-gather analyzer: finds the culprit in must-gathers, sosreports and loose captures, offline.",
        subcommands = {AnalyzeCommand.class, BatchCommand.class, ParseCommand.class, DetectCommand.class, RulesCommand.class,
            TypesCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        footerHeading = "%nShell completion:%n",
        footer = {"  source <(mga completion)      # bash or zsh; put it in ~/.bashrc to keep it"},
        exitCodeListHeading = "%nExit codes (mga analyze):%n",
        exitCodeList = {
            "0:every input read; no finding at or above --fail-on (or no --fail-on)",
            "1:with --fail-on LEVEL: a finding at or above LEVEL, or an input read only in part",
            "2:usage error (unknown option, rule, parameter or format; an -o path that cannot be written)",
            "3:an input had nothing mga recognises (empty, unknown, not what its name says, unreadable); wins over 1",
            "4:internal error (a message; MGA_DEBUG=1 shows the stack trace)"})
final class MgaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MgaCommand());
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
            cli.getCommandSpec().removeSubcommand("generate-completion");
            cli.addSubcommand("completion", completion);
        }
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler(MgaCommand::onError);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("mga: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof UsageException || e instanceof IllegalArgumentException) {
            err.println("mga: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof RulePackException) {
            err.println("mga: invalid rule file: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("mga: internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (System.getenv("MGA_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set MGA_DEBUG=1 for details, and please report it)");
        }
        return ExitCodes.INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tool.current().name() + " " + Tool.current().version()};
        }
    }

    /** A usage mistake found after parsing (e.g. an option value that does not make sense). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
