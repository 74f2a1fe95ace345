package kz.ustau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.ledger.MonthLifecycle;
import kz.ustau.app.port.Ledger;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.Overpayment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ustau month}: months kept in the ledger (issue 13; docs/registry.md) — each a thin face over
 * {@link MonthLifecycle}: run (store for review), export (orders, lock), close (both), reopen, skip, status.
 */
@Command(
        name = "month",
        mixinStandardHelpOptions = true,
        description = {
            "Months kept in the ledger, always in order: run (stored for review), export (orders issued, locked),"
                    + " close (both), reopen, skip (a month with no payroll), status."
        },
        subcommands = {
            MonthCommand.Run.class,
            MonthCommand.Export.class,
            MonthCommand.Close.class,
            MonthCommand.Reopen.class,
            MonthCommand.Skip.class,
            MonthCommand.Status.class
        })
final class MonthCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: close");
    }

    /** Opens the ledger of {@code --db} (or the default), the message of a failure in the command's language. */
    static Ledger open(Ports ports, String db, kz.ustau.app.ledger.EmployerScope scope) throws IOException {
        return ports.ledgers().open(WritsCommand.location(db), scope);
    }

    /** The options and the work of run, export and close. */
    abstract static class Step implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--db",
                paramLabel = "DIR|JDBC-URL",
                description = "The ledger (default $USTAU_DB or ~/.ustau/db).")
        String db;

        @CommandLine.Mixin
        MonthOptions month = new MonthOptions();

        private final Main.Context context;
        private final MonthLifecycle.Step step;

        Step(Main.Context context, MonthLifecycle.Step step) {
            this.context = context;
            this.step = step;
        }

        /** The payroll files given ({@code month run} and {@code close}); none: the month's stored ones. */
        List<Path> payrolls() {
            return List.of();
        }

        Optional<String> mapping() {
            return Optional.empty();
        }

        Optional<String> reopen() {
            return Optional.empty();
        }

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Ports ports = context.ports();
            Locale lang = month.languages(cl).get(0);
            YearMonth period = month.period(cl)
                    .orElseThrow(() -> new Refusal(cl, Messages.text(lang, "cli.month.needs-period", name())));
            LocalDateTime now = month.moment(cl, context.clock());
            long first = month.firstNumber(cl);
            var charset = month.charset(cl);
            PrintWriter err = cl.getErr();
            Problems problems = new Problems();
            Optional<ReferenceTables> tables = ports.tables().load(Optional.ofNullable(month.tables), problems);
            if (!problems.isEmpty()) {
                RunCommand.printProblems(err, problems.all(), lang);
                return ExitCodes.INVALID_INPUT;
            }
            List<MonthLifecycle.PayrollInput> inputs = new ArrayList<>();
            for (Path p : payrolls()) {
                inputs.add(new MonthLifecycle.PayrollInput(p, p.toString()));
            }
            try (Ledger ledger = open(ports, db, LedgerScope.orUnnamed(ports, month.employer))) {
                MonthLifecycle lifecycle =
                        new MonthLifecycle(ledger, ports.monthFiles(), ports.documents(), ports.payrolls());
                TerminalProgress progress = TerminalProgress.of(cl.getErr(), lang);
                MonthLifecycle.Outcome outcome;
                try {
                    outcome = lifecycle.month(new MonthLifecycle.Request(
                            step,
                            period,
                            inputs,
                            mapping(),
                            charset,
                            Optional.ofNullable(month.maxRows),
                            ports.inputs().employer(month.employer, month.employer.toString()),
                            tables.orElseThrow(),
                            month.out,
                            now,
                            month.languages(cl),
                            first,
                            reopen(),
                            progress));
                } finally {
                    progress.done();
                }
                LedgerScope.sayClaim(ledger, err, lang);
                return MonthCommand.report(cl, outcome, lang);
            }
        }

        private String name() {
            return step.name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a step came to, said on the command line; its exit code. */
    static int report(CommandLine cl, MonthLifecycle.Outcome outcome, Locale lang) {
        PrintWriter err = cl.getErr();
        if (outcome instanceof MonthLifecycle.Outcome.Refused r) {
            throw new Refusal(cl, r.refusal().message(lang));
        }
        if (outcome instanceof MonthLifecycle.Outcome.Invalid i) {
            RunCommand.printProblems(err, i.problems(), lang);
            return ExitCodes.INVALID_INPUT;
        }
        MonthLifecycle.Outcome.Done done = (MonthLifecycle.Outcome.Done) outcome;
        MonthLifecycle.Summary s = done.summary();
        RunCommand.printWarnings(err, s.warnings(), lang);
        for (YearMonth stale : done.madeStale()) {
            err.println(Messages.text(lang, "cli.month.made-stale", stale, s.period()));
        }
        MonthLifecycle.Summary shown = new MonthLifecycle.Summary(
                s.period(),
                s.debtors(),
                s.lines(),
                s.orders(),
                s.total(),
                s.warnings(),
                s.dir().toAbsolutePath().normalize());
        cl.getOut()
                .println(shown.said(lang, done.repeated(), done.status() == kz.ustau.domain.ledger.MonthStatus.OPEN));
        if (done.unpublished().isPresent()) {
            err.println(Messages.text(
                    lang,
                    "cli.month.unpublished",
                    s.period(),
                    s.dir().toAbsolutePath().normalize(),
                    done.unpublished().get()));
            return ExitCodes.SOFTWARE;
        }
        return ExitCodes.OK;
    }

    /** {@code ustau month run}. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Computes and stores a month for review, with its payroll; no orders. Without --payroll a month run"
                        + " before (a stale one) is computed again from its stored payroll."
            })
    static final class Run extends PayrollStep {
        Run(Main.Context context) {
            super(context, MonthLifecycle.Step.RUN);
        }
    }

    /** {@code ustau month export}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Issues the orders of the month as stored and locks it; a locked month: the same files again."
            })
    static final class Export extends Step {
        Export(Main.Context context) {
            super(context, MonthLifecycle.Step.EXPORT);
        }
    }

    /** {@code ustau month close}. */
    @Command(
            name = "close",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Runs, stores, issues the orders and locks, in one step; a payout on another date is added by giving"
                        + " all the month's files and the new one."
            })
    static final class Close extends PayrollStep {
        Close(Main.Context context) {
            super(context, MonthLifecycle.Step.CLOSE);
        }
    }

    /** A step that takes payroll files and may reopen a locked month: run and close. */
    abstract static class PayrollStep extends Step {
        @CommandLine.Mixin
        PayrollOptions payroll = new PayrollOptions();

        @Option(
                names = "--reopen",
                paramLabel = "REASON",
                description = "Reopen a locked month; the reason is recorded.")
        String reopen;

        PayrollStep(Main.Context context, MonthLifecycle.Step step) {
            super(context, step);
        }

        @Override
        List<Path> payrolls() {
            return payroll.files();
        }

        @Override
        Optional<String> mapping() {
            return payroll.mapping();
        }

        @Override
        Optional<String> reopen() {
            return Optional.ofNullable(reopen);
        }
    }

    /** The options of reopen and skip. */
    abstract static class Change implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--db",
                paramLabel = "DIR|JDBC-URL",
                description = "The ledger (default $USTAU_DB or ~/.ustau/db).")
        String db;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
        YearMonth period;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why: it is recorded.")
        String reason;

        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @CommandLine.Mixin
        Languages languages = new Languages();

        final Main.Context context;

        Change(Main.Context context) {
            this.context = context;
        }

        abstract MonthLifecycle.Outcome change(MonthLifecycle lifecycle, LocalDateTime now) throws IOException;

        abstract String done();

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Locale lang = languages.first(cl);
            Ports ports = context.ports();
            Optional<kz.ustau.app.ledger.EmployerScope> scope =
                    LedgerScope.orSaid(context.ports(), employer.file, cl.getErr(), lang);
            if (scope.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            try (Ledger ledger = open(ports, db, scope.get())) {
                MonthLifecycle lifecycle =
                        new MonthLifecycle(ledger, ports.monthFiles(), ports.documents(), ports.payrolls());
                MonthLifecycle.Outcome outcome = change(lifecycle, LocalDateTime.now(context.clock()));
                LedgerScope.sayClaim(ledger, cl.getErr(), lang);
                if (outcome instanceof MonthLifecycle.Outcome.Done d) {
                    for (YearMonth stale : d.madeStale()) {
                        cl.getErr().println(Messages.text(lang, "cli.month.made-stale", stale, period));
                    }
                    cl.getOut().println(Messages.text(lang, done(), period, reason));
                    return ExitCodes.OK;
                }
                return report(cl, outcome, lang);
            }
        }
    }

    /** {@code ustau month reopen}. */
    @Command(
            name = "reopen",
            mixinStandardHelpOptions = true,
            description = {
                "Opens a locked (or skipped) month again, the reason recorded; every later month becomes stale."
            })
    static final class Reopen extends Change {
        Reopen(Main.Context context) {
            super(context);
        }

        @Override
        MonthLifecycle.Outcome change(MonthLifecycle lifecycle, LocalDateTime now) throws IOException {
            return lifecycle.reopen(period, reason, now);
        }

        @Override
        String done() {
            return "cli.month.reopened";
        }
    }

    /** {@code ustau month skip}. */
    @Command(
            name = "skip",
            mixinStandardHelpOptions = true,
            description = {"Skips a month with no payroll, the reason recorded: the next month may follow it."})
    static final class Skip extends Change {
        Skip(Main.Context context) {
            super(context);
        }

        @Override
        MonthLifecycle.Outcome change(MonthLifecycle lifecycle, LocalDateTime now) throws IOException {
            return lifecycle.skip(period, reason, now);
        }

        @Override
        String done() {
            return "cli.month.skipped";
        }
    }

    /** {@code ustau month status}. */
    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = {"The ledger's months: status, why stale, withheld, orders, overpayments (CSV)."})
    static final class Status implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--db",
                paramLabel = "DIR|JDBC-URL",
                description = "The ledger (default $USTAU_DB or ~/.ustau/db).")
        String db;

        @CommandLine.Mixin
        Languages languages = new Languages();

        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        private final Main.Context context;

        Status(Main.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Ports ports = context.ports();
            Locale lang = languages.first(cl);
            PrintWriter out = cl.getOut();
            Optional<kz.ustau.app.ledger.EmployerScope> scope =
                    LedgerScope.orSaid(context.ports(), employer.file, cl.getErr(), lang);
            if (scope.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            try (Ledger ledger = open(ports, db, scope.get())) {
                MonthLifecycle lifecycle =
                        new MonthLifecycle(ledger, ports.monthFiles(), ports.documents(), ports.payrolls());
                for (Warning w : lifecycle.finishPublishing(LocalDateTime.now(context.clock()))) {
                    cl.getErr().println(w.message(lang));
                }
                out.println("period,status,stale_since,lines,withheld,orders,paid,note");
                for (MonthLifecycle.MonthView v : lifecycle.months()) {
                    LedgerMonth m = v.month();
                    out.println(String.join(
                            ",",
                            m.period().toString(),
                            m.status().name(),
                            m.staleSince().map(YearMonth::toString).orElse(""),
                            Integer.toString(v.lines()),
                            v.withheld().plain(),
                            Integer.toString(v.orders()),
                            v.paid().plain(),
                            csv(m.note().orElse(""))));
                }
                List<Overpayment> over = ledger.read(Ledger.Transaction::overpayments);
                for (Overpayment o : over) {
                    cl.getErr()
                            .println(Messages.text(
                                    lang,
                                    "warning.ledger.overpaid",
                                    o.writId(),
                                    o.period().toString(),
                                    o.amount().plain()));
                }
            } catch (InvalidInputException e) {
                throw new IllegalStateException(e);
            }
            return ExitCodes.OK;
        }

        private static String csv(String text) {
            return text.contains(",") || text.contains("\"") || text.contains("\n")
                    ? '"' + text.replace("\"", "\"\"") + '"'
                    : text;
        }
    }
}
