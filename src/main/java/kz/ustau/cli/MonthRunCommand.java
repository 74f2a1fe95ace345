package kz.ustau.cli;

import java.time.Clock;
import picocli.CommandLine.Command;

/** {@code ustau month run}: computes and stores a month unlocked; writes the review files, no orders. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes and stores a month (unlocked) with its payroll; writes deductions, explanation, notices, no orders.",
            "Айды есептеп, ашық күйде сақтайды; төлем тапсырмаларын жазбайды.",
            "Рассчитывает и сохраняет месяц (не закрыт); платёжные поручения не пишет."
        })
final class MonthRunCommand extends LedgerMonthCommand {
    MonthRunCommand(Clock clock) {
        super(clock, Mode.RUN);
    }
}
