package kz.ustau.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ustau month}: months kept in the ledger (docs/registry.md). */
@Command(
        name = "month",
        mixinStandardHelpOptions = true,
        description = "Months kept in the ledger: run (store unlocked), export (orders, lock), close (both), reopen.",
        subcommands = {
            MonthRunCommand.class,
            MonthExportCommand.class,
            MonthCloseCommand.class,
            MonthReopenCommand.class
        })
final class MonthCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: close");
    }
}
