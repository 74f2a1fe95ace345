package kz.ustau.cli;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.ustau.adapter.ledger.WritRegistryDb;
import kz.ustau.app.Messages;
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

    @CommandLine.Mixin
    Languages languages = new Languages();

    private final Clock clock;

    MonthReopenCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        Locale language = languages.first(spec.commandLine());
        try (WritRegistryDb registry = WritsCommand.open(db)) {
            if (!registry.ledger().reopen(period, reason, LocalDateTime.now(clock))) {
                registry.rollback();
                spec.commandLine().getErr().println(Messages.text(language, "cli.month.not-locked", period));
                return ExitCodes.INVALID_INPUT;
            }
            registry.commit();
        }
        spec.commandLine().getOut().println(Messages.text(language, "cli.month.reopened", period, reason));
        return ExitCodes.OK;
    }
}
