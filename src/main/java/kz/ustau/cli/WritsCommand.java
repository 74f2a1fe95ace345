package kz.ustau.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.adapter.ledger.WritRegistryDb;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.adapter.writ.WritsCsv;
import kz.ustau.app.InputProblem;
import kz.ustau.app.Messages;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.domain.id.IdNumber;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ustau writs}: the writ registry in the embedded database (issue 5; docs/registry.md). */
@Command(
        name = "writs",
        mixinStandardHelpOptions = true,
        description = "The writ registry: import, list, show, suspend, resume, end (docs/registry.md).",
        subcommands = {
            WritsCommand.Import.class,
            WritsCommand.ListWrits.class,
            WritsCommand.Show.class,
            WritsCommand.Suspend.class,
            WritsCommand.Resume.class,
            WritsCommand.End.class,
            WritsCommand.History.class
        })
final class WritsCommand implements Runnable {
    /** Why a writ ends, in the law's terms: {@link WritRegistryDb#END_REASONS}. */
    static final List<String> END_REASONS = WritRegistryDb.END_REASONS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The database: {@code --db}, else {@code USTAU_DB}, else {@code ~/.ustau/db}. */
    static String location(String db) {
        if (db != null) {
            return db;
        }
        String env = System.getenv("USTAU_DB");
        return env != null && !env.isBlank()
                ? env
                : Path.of(System.getProperty("user.home"), ".ustau", "db").toString();
    }

    /** Opens the registry, turning "in use by another process" into a message a person can act on. */
    static WritRegistryDb open(String db) throws SQLException {
        String where = location(db);
        try {
            if (!where.startsWith("jdbc:")) {
                kz.ustau.adapter.files.OwnerOnly.folder(Path.of(where));
            }
            return WritRegistryDb.open(where);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the database folder " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException | SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("already in use") || m.contains("locked by another")) {
                throw new SQLException(
                        "the database " + where + " is in use by another ustau process; run again when it has finished",
                        e);
            }
            throw e;
        }
    }

    /** Options every registry command takes. */
    static class Db {
        @Option(
                names = "--db",
                paramLabel = "DIR|JDBC-URL",
                description = "The database (default $USTAU_DB or ~/.ustau/db).")
        String db;

        @CommandLine.Mixin
        Languages languages = new Languages();
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Imports a writs file (CONTRACT §4.2).")
    static final class Import extends Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        private final Clock clock;

        Import(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            Locale language = languages.first(spec.commandLine());
            Problems problems = new Problems();
            List<Warning> warnings = new ArrayList<>();
            List<WritRecord> writs = new WritsCsv(file, file.toString(), Optional.empty())
                    .read(ReferenceTablesCsv.builtIn(), problems, warnings::add);
            try {
                problems.throwIfAny();
            } catch (kz.ustau.app.InvalidInputException e) {
                for (InputProblem p : e.problems()) {
                    spec.commandLine().getErr().println(p.message(language));
                }
                return ExitCodes.INVALID_INPUT;
            }
            warnings.forEach(w -> spec.commandLine().getErr().println(w.message(language)));
            try (WritRegistryDb registry = open(db)) {
                var r = registry.importWrits(writs, file.toString(), LocalDateTime.now(clock));
                spec.commandLine()
                        .getOut()
                        .println(Messages.text(
                                language,
                                "cli.writs.imported",
                                file,
                                r.added(),
                                r.changed(),
                                r.changedIds().isEmpty() ? "" : " (" + String.join(", ", r.changedIds()) + ")",
                                r.unchanged()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the writs in the registry.")
    static final class ListWrits extends Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (WritRegistryDb registry = open(db)) {
                out.println("writ_id,debtor_iin,kind,status,version,reason");
                for (var e : registry.list()) {
                    out.println(String.join(
                            ",",
                            e.writId(),
                            IdNumber.mask(e.debtorIin()),
                            e.kind(),
                            e.status(),
                            Integer.toString(e.version()),
                            e.reason() == null ? "" : e.reason()));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One writ: every version and event.")
    static final class Show extends Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "WRIT_ID")
        String writId;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (WritRegistryDb registry = open(db)) {
                var detail = registry.show(writId);
                if (detail.isEmpty()) {
                    spec.commandLine()
                            .getErr()
                            .println(Messages.text(languages.first(spec.commandLine()), "cli.writs.no-such", writId));
                    return ExitCodes.INVALID_INPUT;
                }
                var e = detail.get().entry();
                java.util.Locale language = languages.first(spec.commandLine());
                out.println(Messages.text(
                        language,
                        "cli.writs.show",
                        e.writId(),
                        e.kind(),
                        IdNumber.mask(e.debtorIin()),
                        e.status() + (e.reason() == null ? "" : " (" + e.reason() + ")"),
                        e.version()));
                for (var v : detail.get().versions()) {
                    out.println("  "
                            + Messages.text(
                                    language, "cli.writs.version", v.version(), v.importedAt(), v.source(), v.row()));
                }
                for (var ev : detail.get().events()) {
                    out.println("  " + ev.at() + " " + ev.event() + (ev.detail() == null ? "" : ": " + ev.detail()));
                }
            }
            return ExitCodes.OK;
        }
    }

    /** Sets a status; shared by suspend, resume and end. */
    abstract static class StatusChange extends Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "WRIT_ID")
        String writId;

        private final Clock clock;
        private final String status;

        StatusChange(Clock clock, String status) {
            this.clock = clock;
            this.status = status;
        }

        /** The registry status the command sets: ACTIVE, SUSPENDED or ENDED. */
        final String status() {
            return status;
        }

        /** The reason the registry keeps with the status. */
        abstract String reason();

        @Override
        public Integer call() throws Exception {
            try (WritRegistryDb registry = open(db)) {
                if (!registry.setStatus(writId, status(), reason(), LocalDateTime.now(clock))) {
                    spec.commandLine()
                            .getErr()
                            .println(Messages.text(languages.first(spec.commandLine()), "cli.writs.no-such", writId));
                    return ExitCodes.INVALID_INPUT;
                }
            }
            spec.commandLine().getOut().println(writId + ": " + status() + " (" + reason() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Stops withholding until resumed.")
    static final class Suspend extends StatusChange {
        @Option(names = "--reason", required = true, description = "Why, as the bailiff's resolution says.")
        String why;

        Suspend(Clock clock) {
            super(clock, "SUSPENDED");
        }

        @Override
        String reason() {
            return why;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Withholds again under a suspended writ.")
    static final class Resume extends StatusChange {
        @Option(names = "--reason", defaultValue = "resumed", description = "Why.")
        String why;

        Resume(Clock clock) {
            super(clock, "ACTIVE");
        }

        @Override
        String reason() {
            return why;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true, description = "Ends a writ for a reason of the law.")
    static final class End extends StatusChange {
        @Option(
                names = "--reason",
                required = true,
                description = "One of: ${COMPLETION-CANDIDATES}.",
                completionCandidates = Reasons.class)
        String why;

        @Option(names = "--note", description = "Free text: the resolution's number and date.")
        String note;

        End(Clock clock) {
            super(clock, "ENDED");
        }

        @Override
        String reason() {
            return why + (note == null ? "" : ": " + note);
        }

        @Override
        public Integer call() throws Exception {
            if (!END_REASONS.contains(why)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--reason takes one of " + String.join(", ", END_REASONS) + ", got " + why);
            }
            return super.call();
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = "Every closed month of a writ: base, demands, withheld, debt, paid, and the totals.")
    static final class History extends Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "WRIT_ID")
        String writId;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (WritRegistryDb registry = open(db)) {
                if (registry.show(writId).isEmpty()) {
                    spec.commandLine()
                            .getErr()
                            .println(Messages.text(languages.first(spec.commandLine()), "cli.writs.no-such", writId));
                    return ExitCodes.INVALID_INPUT;
                }
                var lines = registry.ledger().history(writId);
                out.println("period,employee_id,base,demand_current,demand_debt,withheld,debt_after,paid");
                kz.ustau.domain.money.Tenge withheld = kz.ustau.domain.money.Tenge.ZERO;
                kz.ustau.domain.money.Tenge paid = kz.ustau.domain.money.Tenge.ZERO;
                for (var l : lines) {
                    out.println(String.join(
                            ",",
                            l.period(),
                            l.employeeId(),
                            l.base().plain(),
                            l.demandCurrent().plain(),
                            l.demandDebt().plain(),
                            l.withheld().plain(),
                            l.debtAfter().plain(),
                            l.paid().plain()));
                    withheld = withheld.plus(l.withheld());
                    paid = paid.plus(l.paid());
                }
                out.println("total,,,,," + withheld.plain() + ","
                        + (lines.isEmpty()
                                ? ""
                                : lines.get(lines.size() - 1).debtAfter().plain()) + "," + paid.plain());
            }
            return ExitCodes.OK;
        }
    }

    /** The reasons, for picocli's help. */
    static final class Reasons extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Reasons() {
            super(END_REASONS);
        }
    }
}
