package kz.ustau.cli;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import kz.ustau.adapter.ledger.WritRegistryDb;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau month reopen}: opens a locked month again, with the reason recorded. */
@Command(
        name = "reopen",
        mixinStandardHelpOptions = true,
        description = "Opens a locked month again; the reason is recorded.")
final class MonthReopenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--db",
            paramLabel = "DIR|JDBC-URL",
            description = "The database (default $USTAU_DB or ~/.ustau/db).")
    String db;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    YearMonth period;

    @Option(names = "--reason", required = true, description = "Why: it is recorded.")
    String reason;

    private final Clock clock;

    MonthReopenCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        try (WritRegistryDb registry = WritsCommand.open(db)) {
            if (!registry.ledger().reopen(period, reason, LocalDateTime.now(clock))) {
                registry.rollback();
                spec.commandLine().getErr().println(period + " is not locked");
                return ExitCodes.INVALID_INPUT;
            }
            registry.commit();
        }
        spec.commandLine().getOut().println(period + ": reopened (" + reason + ")");
        return ExitCodes.OK;
    }
}
