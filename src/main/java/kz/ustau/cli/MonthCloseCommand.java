package kz.ustau.cli;

import java.time.Clock;
import picocli.CommandLine.Command;

/** {@code ustau month close}: run, store, write the orders and lock, in one step. */
@Command(
        name = "close",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a month on the registry's writs and the ledger's debts, stores it, writes DIR and locks the month.",
            "Айды тізілім мен есепке сүйеніп есептеп, сақтап, DIR-ге жазып, жабады.",
            "Рассчитывает месяц по реестру и учёту, сохраняет, пишет DIR и закрывает месяц."
        })
final class MonthCloseCommand extends LedgerMonthCommand {
    MonthCloseCommand(Clock clock) {
        super(clock, Mode.CLOSE);
    }
}
