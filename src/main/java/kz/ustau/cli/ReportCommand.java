package kz.ustau.cli;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.Ports;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.WritLetters;
import kz.ustau.app.statement.BailiffReport;
import kz.ustau.app.statement.WritStatements;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau report}: reports from the ledger for the bailiffs (issue 16; docs/registry.md). */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {"Reports from the ledger: bailiffs (a letter to each bailiff's office for a range of months)."},
        subcommands = {ReportCommand.Bailiffs.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    @Command(
            name = "bailiffs",
            mixinStandardHelpOptions = true,
            description = {
                "One letter per bailiff's office for every writ it sent: withheld, transferred, uncollected and why,"
                        + " debt now: report-OFFICE-kk|ru.pdf|docx."
            })
    static final class Bailiffs extends WritsCommand.Db {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "First month.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last month.")
        String to;

        @CommandLine.Mixin
        LetterOptions letter = new LetterOptions();

        Bailiffs(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            CommandLine cl = spec.commandLine();
            YearMonth first = WritsCommand.month(cl, "--from", from);
            YearMonth last = WritsCommand.month(cl, "--to", to);
            if (last.isBefore(first)) {
                throw new BadUsage(cl, "cli.usage.to-before-from", to, from);
            }
            LocalDateTime moment = letter.moment(cl, context.clock());
            Ports ports = context.ports();
            LetterOptions.Inputs inputs = letter.read(ports);
            List<BailiffReport> reports = ledger.read(tx -> new WritStatements(ports.payrolls())
                    .reports(tx, first, last, inputs.employer(), inputs.tables(), moment));
            WritLetters letters = ports.letters();
            List<String> files =
                    reports.stream().flatMap(r -> letters.files(r).stream()).toList();
            WritsCommand.publish(ports, letter.out, files, (file, o) -> {
                for (BailiffReport r : reports) {
                    if (letters.files(r).contains(file)) {
                        letters.write(r, file, o);
                        return;
                    }
                }
            });
            cl.getOut().println(Messages.text(language(), "cli.report.bailiffs", reports.size(), first, last));
            files.forEach(f -> cl.getOut().println(letter.out.resolve(f)));
            return ExitCodes.OK;
        }
    }
}
