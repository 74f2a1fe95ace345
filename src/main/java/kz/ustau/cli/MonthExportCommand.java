package kz.ustau.cli;

import java.time.Clock;
import picocli.CommandLine.Command;

/** {@code ustau month export}: writes a stored month's files with its orders and locks it. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a month run earlier, with its payment orders, from the stored payroll, and locks it.",
            "Бұрын есептелген айды сақталған ведомостьтан тапсырмалармен жазып, жабады.",
            "Пишет ранее рассчитанный месяц с поручениями из сохранённой ведомости и закрывает его."
        })
final class MonthExportCommand extends LedgerMonthCommand {
    MonthExportCommand(Clock clock) {
        super(clock, Mode.EXPORT);
    }
}
