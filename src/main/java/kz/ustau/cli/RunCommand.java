package kz.ustau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.app.InputProblem;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.MonthDocuments;
import kz.ustau.app.MonthResult;
import kz.ustau.app.PayrollFilesOfMonth;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.RunMonth;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.app.ledger.MonthLifecycle;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.app.port.WritSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ustau run}: the monthly job without a ledger (CONTRACT §2). */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes the month's deductions and writes them into DIR.",
            "Outputs: deductions.csv, payments.csv, explain.txt, warnings.txt (docs/cli.md).",
            "Exit: 0 done, 1 fault or I/O error, 2 wrong command line, 3 invalid input (DIR untouched)."
        })
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    PayrollOptions payroll = new PayrollOptions();

    @Option(
            names = "--writs",
            paramLabel = "FILE",
            description = "Writs, a CSV as docs/formats.md says; without it, the registry of --db.")
    Path writs;

    @Option(
            names = "--db",
            paramLabel = "DIR|JDBC-URL",
            description = "Take the active writs from this registry (docs/registry.md) instead of --writs.")
    String db;

    @CommandLine.Mixin
    MonthOptions month = new MonthOptions();

    private final Main.Context context;

    RunCommand(Main.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Ports ports = context.ports();
        List<Locale> languages = month.languages(cl);
        Locale lang = languages.get(0);
        LocalDateTime moment = month.moment(cl, context.clock());
        Optional<YearMonth> period = month.period(cl);
        var charset = month.charset(cl);
        long first = month.firstNumber(cl);
        if (payroll.files().isEmpty()) {
            throw new BadUsage(cl, "cli.usage.missing", cl.getCommandSpec().qualifiedName(" "), "--payroll FILE");
        }
        if (writs == null && db == null) {
            throw new BadUsage(cl, "cli.usage.writs-or-db");
        }
        PrintWriter err = cl.getErr();
        try {
            Problems problems = new Problems();
            Optional<ReferenceTables> tables = ports.tables().load(Optional.ofNullable(month.tables), problems);
            problems.throwIfAny();
            WritSource writSource = writs != null
                    ? ports.inputs().writs(writs, writs.toString(), charset)
                    : registryWrits(ports, tables.orElseThrow());
            List<PayrollSource> sources = new ArrayList<>();
            for (Path p : payroll.files()) {
                sources.add(ports.payrolls()
                        .open(p, p.toString(), payroll.mapping(), charset, period, Optional.ofNullable(month.maxRows)));
            }
            TerminalProgress progress = TerminalProgress.of(err, lang);
            MonthResult result;
            try {
                result = new RunMonth(tables.orElseThrow())
                        .run(new RunMonth.Request(
                                new kz.ustau.app.ledger.CountedPayroll(
                                        sources.size() == 1 ? sources.get(0) : new PayrollFilesOfMonth(sources),
                                        progress),
                                writSource,
                                ports.inputs().employer(month.employer, month.employer.toString()),
                                period,
                                moment,
                                languages,
                                first,
                                Optional.empty(),
                                progress));
                progress.writing();
                MonthDocuments.publish(ports.monthFiles(), ports.documents(), result, month.out);
            } finally {
                progress.done();
            }
            printWarnings(err, result.warnings(), lang);
            cl.getOut()
                    .println(MonthLifecycle.Summary.of(
                                    result, month.out.toAbsolutePath().normalize())
                            .said(lang, false));
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            printProblems(err, e.problems(), lang);
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** The registry's active writs, each with the debt it was imported with. */
    private WritSource registryWrits(Ports ports, ReferenceTables tables) throws IOException, InvalidInputException {
        String where = WritsCommand.location(db);
        try (Ledger ledger = ports.ledgers().open(where, LedgerScope.of(ports, month.employer))) {
            Problems problems = new Problems();
            List<WritRecord> active = ledger.read(tx -> tx.writs().active(tables, Map.of(), problems));
            problems.throwIfAny();
            return new Listed(where + "[writs]", active);
        }
    }

    /** Writs already read from the registry. */
    private record Listed(String name, List<WritRecord> writs) implements WritSource {
        @Override
        public List<WritRecord> read(
                ReferenceTables tables, Problems problems, java.util.function.Consumer<Warning> warnings) {
            return writs;
        }
    }

    /** How many warnings of one kind the console shows before it folds the rest into one line. */
    static final int SHOWN_PER_CODE = kz.ustau.app.FoldedWarnings.SHOWN;

    /**
     * The warnings on stderr, in the command's language, in words only (issue 22; their codes are in warnings.csv); of a
     * kind said more than {@value #SHOWN_PER_CODE} times, the first ones and, right after the last of them, one line
     * with how many more, all of them being in warnings.txt (issue 21: «5 185 orders late», not 5,185 lines).
     */
    static void printWarnings(PrintWriter err, List<Warning> warnings, Locale lang) {
        kz.ustau.app.FoldedWarnings<Warning> folded = kz.ustau.app.FoldedWarnings.of(warnings, Warning::code);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Warning w : folded.shown()) {
            err.println(Warning.line(w.message(lang), lang));
            Integer all = folded.folded().get(w.code());
            if (all != null && seen.merge(w.code(), 1, Integer::sum) == SHOWN_PER_CODE) {
                err.println(Warning.line(
                        kz.ustau.app.Messages.text(
                                lang,
                                "cli.warnings.folded",
                                Integer.toString(all - SHOWN_PER_CODE),
                                Integer.toString(all)),
                        lang));
            }
        }
    }

    /** Every input problem, one line each (CONTRACT §2). */
    static void printProblems(PrintWriter err, List<InputProblem> problems, Locale lang) {
        for (InputProblem p : problems) {
            err.println(p.message(lang));
        }
    }
}
