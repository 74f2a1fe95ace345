package kz.ustau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.app.ledger.Actor;
import kz.ustau.app.ledger.AuditTrail;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.MonthFiles;
import kz.ustau.app.port.WritLetters;
import kz.ustau.app.registry.ImportResult;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.app.statement.WritAnswer;
import kz.ustau.app.statement.WritAnswers;
import kz.ustau.app.statement.WritStatement;
import kz.ustau.app.statement.WritStatements;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.EndReason;
import kz.ustau.domain.writ.WritStatus;
import kz.ustau.web.RegistryWords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ustau writs}: the writ registry beside the ledger (issue 5; docs/registry.md). */
@Command(
        name = "writs",
        mixinStandardHelpOptions = true,
        description = {
            "The writ registry: import, list, show, suspend, resume, end, history, statement, certificate, answer (docs/registry.md)."
        },
        subcommands = {
            WritsCommand.Import.class,
            WritsCommand.ListWrits.class,
            WritsCommand.Show.class,
            WritsCommand.Suspend.class,
            WritsCommand.Resume.class,
            WritsCommand.End.class,
            WritsCommand.History.class,
            WritsCommand.StatementCommand.class,
            WritsCommand.CertificateCommand.class,
            WritsCommand.AnswerCommand.class
        })
final class WritsCommand implements Runnable {
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

    /** Options every registry command takes, and the ledger they open. */
    abstract static class Db implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--db",
                paramLabel = "DIR|JDBC-URL",
                description = "The database (default $USTAU_DB or ~/.ustau/db).")
        String db;

        @CommandLine.Mixin
        Languages languages = new Languages();

        final Main.Context context;

        Db(Main.Context context) {
            this.context = context;
        }

        Locale language() {
            return languages.first(spec.commandLine());
        }

        abstract int on(Ledger ledger) throws IOException, InvalidInputException, LedgerBusyException;

        /** Whose writs these are: a named employer file with problems is said as any input is (exit 3). */
        kz.ustau.app.ledger.EmployerScope scope() throws IOException, InvalidInputException {
            return LedgerScope.of(context.ports(), employerFile());
        }

        /** The employer file naming whose writs these are (issue 18); null: the database's only employer. */
        Path employerFile() {
            return null;
        }

        @Override
        public Integer call() throws IOException {
            try (Ledger ledger = LedgerScope.open(context, db, scope())) {
                int code = on(ledger);
                LedgerScope.sayClaim(ledger, spec.commandLine().getErr(), language());
                return code;
            } catch (LedgerBusyException e) {
                throw new Refusal(
                        spec.commandLine(),
                        kz.ustau.app.ledger.Refusal.of(kz.ustau.app.ledger.Refusal.Reason.BUSY, location(db))
                                .message(language()));
            } catch (InvalidInputException e) {
                RunCommand.printProblems(spec.commandLine().getErr(), e.problems(), language());
                return ExitCodes.INVALID_INPUT;
            }
        }

        int noSuch(String writId) {
            spec.commandLine().getErr().println(Messages.text(language(), "cli.writs.no-such", writId));
            return ExitCodes.INVALID_INPUT;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Imports a writs file: new writs added, changed ones as a new version (docs/formats.md).")
    static final class Import extends Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Override
        Path employerFile() {
            return employer.file;
        }

        @Parameters(paramLabel = "FILE", description = "The writs file (CSV, one line per writ).")
        Path file;

        Import(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException, LedgerBusyException {
            Ports ports = context.ports();
            Problems problems = new Problems();
            List<Warning> warnings = new ArrayList<>();
            List<WritRecord> writs = ports.inputs()
                    .writs(file, file.toString(), Optional.empty())
                    .read(ports.tables().builtIn(), problems, warnings::add);
            problems.throwIfAny();
            warnings.forEach(w -> spec.commandLine().getErr().println(w.message(language())));
            ImportResult r = ledger.write(
                    tx -> tx.writs().importWrits(writs, file.toString(), LocalDateTime.now(context.clock())));
            spec.commandLine()
                    .getOut()
                    .println(Messages.text(
                            language(),
                            "cli.writs.imported",
                            file,
                            r.added(),
                            r.changed(),
                            r.changedIds().isEmpty() ? "" : " (" + String.join(", ", r.changedIds()) + ")",
                            r.unchanged()));
            proposeAnswers(ledger, writs, r.addedIds());
            return ExitCodes.OK;
        }

        /** The proposals printed one by one; the rest are counted (the page lists them all). */
        private static final int PROPOSALS_SHOWN = 20;

        /**
         * For each new writ, the answer the last stored payroll proposes and the day it is due by (issue 16; RULES §9.1
         * [A]: three days, counted as the defaults count them; {@code writs answer} counts by the employer's settings).
         */
        private void proposeAnswers(Ledger ledger, List<WritRecord> writs, List<String> added)
                throws IOException, InvalidInputException {
            if (added.isEmpty()) {
                return;
            }
            Ports ports = context.ports();
            ReferenceTables tables = ports.tables().builtIn();
            java.util.Set<IdNumber> iins = new java.util.HashSet<>();
            List<kz.ustau.domain.writ.Writ> fresh = new ArrayList<>();
            for (WritRecord w : writs) {
                // an agreement or a sentence is answered to no bailiff (RULES §11.1)
                if (added.contains(w.writ().id()) && w.writ().kind().hasBailiff()) {
                    iins.add(w.writ().debtorIin());
                    fresh.add(w.writ());
                }
            }
            WritAnswers answers = new WritAnswers(ports.payrolls());
            List<String> said = ledger.read(tx -> {
                WritAnswers.Lookup lookup = answers.lookup(tx, iins);
                java.time.LocalDate today = LocalDateTime.now(context.clock()).toLocalDate();
                java.time.LocalDate due = kz.ustau.domain.rules.WritAnswerDeadline.due(
                        today, kz.ustau.domain.rules.Settings.DEFAULTS, tables.calendar());
                List<String> lines = new ArrayList<>();
                if (lookup.month().isEmpty()) {
                    // nothing to check the debtors against: one line, not a guess per writ
                    lines.add(Messages.text(
                            language(),
                            "cli.writs.proposed-none",
                            Integer.toString(fresh.size()),
                            due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
                    return lines;
                }
                for (kz.ustau.domain.writ.Writ w : fresh) {
                    if (lines.size() == PROPOSALS_SHOWN) {
                        lines.add(Messages.text(
                                language(),
                                "cli.writs.proposed-more",
                                Integer.toString(fresh.size() - PROPOSALS_SHOWN)));
                        break;
                    }
                    WritAnswers.Proposal p = answers.propose(tx, w, lookup, tables);
                    lines.add(Messages.text(
                            language(),
                            "cli.writs.proposed",
                            w.id(),
                            Messages.text(language(), "cli.answer." + p.answer().name())
                                    + p.duplicateOf().map(d -> " " + d).orElse(""),
                            lookup.month()
                                    .map(m -> m.format(java.time.format.DateTimeFormatter.ofPattern("MM.yyyy")))
                                    .orElse("—"),
                            "writs answer " + w.id() + " --as " + p.answer().option()
                                    + p.duplicateOf()
                                            .map(d -> " --duplicate-of " + d)
                                            .orElse(""),
                            due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
                }
                return lines;
            });
            said.forEach(spec.commandLine().getOut()::println);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the writs in the registry.")
    static final class ListWrits extends Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Override
        Path employerFile() {
            return employer.file;
        }

        ListWrits(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            PrintWriter out = spec.commandLine().getOut();
            out.println("writ_id,debtor_iin,kind,status,version,reason");
            for (var e : ledger.read(tx -> tx.writs().list())) {
                out.println(String.join(
                        ",",
                        e.writId(),
                        IdNumber.mask(e.debtorIin()),
                        e.kind(),
                        e.status().name(),
                        Integer.toString(e.version()),
                        e.reason().orElse("")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One writ: every version and event.")
    static final class Show extends Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Override
        Path employerFile() {
            return employer.file;
        }

        @Parameters(paramLabel = "WRIT_ID", description = "The writ's number (writ_id in the writs file).")
        String writId;

        Show(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            Optional<RegistryCard> card = ledger.read(tx -> tx.writs().card(writId));
            if (card.isEmpty()) {
                return noSuch(writId);
            }
            List<Optional<Actor>> who = AuditTrail.actors(
                    card.get().events(),
                    ledger.read(tx -> tx.audit(Optional.of(writId), Optional.empty(), Optional.empty())));
            PrintWriter out = spec.commandLine().getOut();
            var e = card.get().entry();
            Map<String, String> words = registryWords(language());
            out.println(Messages.text(
                    language(),
                    "cli.writs.show",
                    e.writId(),
                    words.getOrDefault("kind." + e.kind(), e.kind()),
                    IdNumber.mask(e.debtorIin()),
                    Messages.text(language(), "cli.status." + e.status())
                            + e.reason().map(r -> " (" + said(r, words) + ")").orElse(""),
                    e.version()));
            for (var v : card.get().versions()) {
                out.println("  "
                        + Messages.text(
                                language(),
                                "cli.writs.version",
                                v.version(),
                                at(v.importedAt(), words),
                                v.source(),
                                v.row()));
            }
            for (int i = 0; i < card.get().events().size(); i++) {
                var ev = card.get().events().get(i);
                out.println("  " + at(ev.at(), words) + " " + words.getOrDefault("event." + ev.event(), ev.event())
                        + ev.detail().map(d -> ": " + said(d, words)).orElse("")
                        + who.get(i).map(a -> " — " + AuditTrail.said(a)).orElse(""));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * The registry's words for people in the command's language (issue 22), as the page says them: a kind of writ, an
     * end's reason («WITHDRAWN_BY_CLAIMANT: № 7» → «отзыв исполнительного документа взыскателем: № 7»), an event; in
     * English (for integrators) the codes as recorded.
     */
    static Map<String, String> registryWords(Locale lang) {
        String l = lang.getLanguage();
        return l.equals("kk") || l.equals("ru") ? RegistryWords.of(l) : Map.of();
    }

    static String said(String recorded, Map<String, String> words) {
        return words.isEmpty() ? recorded : RegistryWords.detail(recorded, words);
    }

    /** A moment the registry recorded, as the page writes it: «02.11.2026 09:00»; ISO in English. */
    static String at(java.time.LocalDateTime at, Map<String, String> words) {
        return words.isEmpty() ? at.toString() : RegistryWords.at(at);
    }

    /** Sets a status; shared by suspend, resume and end. */
    abstract static class StatusChange extends Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Override
        Path employerFile() {
            return employer.file;
        }

        @Parameters(paramLabel = "WRIT_ID", description = "The writ's number (writ_id in the writs file).")
        String writId;

        private final WritStatus status;

        StatusChange(Main.Context context, WritStatus status) {
            super(context);
            this.status = status;
        }

        /** The reason the registry keeps with the status. */
        abstract String reason();

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException, LedgerBusyException {
            String reason = reason();
            boolean found =
                    ledger.write(tx -> tx.writs().status(writId, status, reason, LocalDateTime.now(context.clock())));
            if (!found) {
                return noSuch(writId);
            }
            // issue 22: the status in words of the language, not its code
            spec.commandLine()
                    .getOut()
                    .println(writId + ": " + Messages.text(language(), "cli.status." + status) + " ("
                            + said(reason, registryWords(language())) + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Stops withholding until resumed.")
    static final class Suspend extends StatusChange {
        @Option(names = "--reason", required = true, description = "Why, as the bailiff's resolution says.")
        String why;

        Suspend(Main.Context context) {
            super(context, WritStatus.SUSPENDED);
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

        Resume(Main.Context context) {
            super(context, WritStatus.ACTIVE);
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

        End(Main.Context context) {
            super(context, WritStatus.ENDED);
        }

        @Override
        String reason() {
            return why + (note == null ? "" : ": " + note);
        }

        @Override
        public Integer call() throws IOException {
            if (EndReason.of(why).isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--reason takes one of " + String.join(", ", new Reasons()) + ", got " + why);
            }
            return super.call();
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = "Every stored month of a writ: base, demands, withheld, debt, paid, and the totals.")
    static final class History extends Db {
        @CommandLine.Mixin
        EmployerOption employer = new EmployerOption();

        @Override
        Path employerFile() {
            return employer.file;
        }

        @Parameters(paramLabel = "WRIT_ID", description = "The writ's number (writ_id in the writs file).")
        String writId;

        History(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            Optional<List<WritLine>> lines = ledger.read(
                    tx -> tx.writs().card(writId).isEmpty() ? Optional.empty() : Optional.of(tx.history(writId)));
            if (lines.isEmpty()) {
                return noSuch(writId);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("period,employee_id,base,demand_current,demand_debt,withheld,debt_after,paid");
            Tenge withheld = Tenge.ZERO;
            Tenge paid = Tenge.ZERO;
            for (WritLine l : lines.get()) {
                out.println(String.join(
                        ",",
                        l.period().toString(),
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
            List<WritLine> all = lines.get();
            out.println("total,,,,," + withheld.plain() + ","
                    + (all.isEmpty() ? "" : all.get(all.size() - 1).debtAfter().plain()) + "," + paid.plain());
            return ExitCodes.OK;
        }
    }

    /**
     * What the letters about one writ take besides the database: the employer who signs them, the folder they go
     * into, the clock, newer tables (issue 16).
     */
    abstract static class Letter extends Db {
        @Parameters(paramLabel = "WRIT_ID", description = "The writ's number (writ_id in the writs file).")
        String writId;

        @CommandLine.Mixin
        LetterOptions letter = new LetterOptions();

        @Override
        Path employerFile() {
            return letter.employer;
        }

        /** The letter reads its employer itself, after its own options are checked, and says what is wrong. */
        @Override
        kz.ustau.app.ledger.EmployerScope scope() throws IOException {
            return LedgerScope.orUnnamed(context.ports(), letter.employer);
        }

        Letter(Main.Context context) {
            super(context);
        }

        /** The statement to write, built in a read of the ledger; empty when the registry has no such writ. */
        abstract Optional<WritStatement> statement(
                Ledger.Transaction tx, Employer employer, ReferenceTables tables, LocalDateTime now)
                throws IOException, InvalidInputException;

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException {
            CommandLine cl = spec.commandLine();
            LocalDateTime moment = letter.moment(cl, context.clock());
            Ports ports = context.ports();
            LetterOptions.Inputs inputs = letter.read(ports);
            Optional<WritStatement> statement =
                    ledger.read(tx -> statement(tx, inputs.employer(), inputs.tables(), moment));
            if (statement.isEmpty()) {
                return noSuch(writId);
            }
            WritLetters letters = ports.letters();
            publish(
                    ports,
                    letter.out,
                    letters.files(statement.get()),
                    (file, o) -> letters.write(statement.get(), file, o));
            for (String file : letters.files(statement.get())) {
                cl.getOut().println(letter.out.resolve(file));
            }
            return ExitCodes.OK;
        }
    }

    /** One letter's file written onto a stream. */
    interface LetterFile {
        void write(String file, java.io.OutputStream out) throws IOException;
    }

    /** The letters into {@code out}, all or none (staged, then moved in), nothing else in the folder touched. */
    static void publish(Ports ports, Path out, List<String> files, LetterFile letter) throws IOException {
        try (MonthFiles.Staging staging = ports.monthFiles().stage(out)) {
            for (String file : files) {
                try (java.io.OutputStream o = staging.create(file)) {
                    letter.write(file, o);
                }
            }
            staging.publish(files::contains);
        }
    }

    @Command(
            name = "answer",
            mixinStandardHelpOptions = true,
            description = {
                "The answer to a writ on its arrival: answer-W-kk|ru.pdf|docx; without --as, the answer the last stored"
                        + " payroll proposes (docs/registry.md)."
            })
    static final class AnswerCommand extends Db {
        @Parameters(paramLabel = "WRIT_ID", description = "The writ's number (writ_id in the writs file).")
        String writId;

        @Option(
                names = "--as",
                paramLabel = "accepted|not-employed|dismissed|duplicate|mismatch",
                description = "The answer; default: the one proposed.")
        String as;

        @Option(names = "--duplicate-of", paramLabel = "WRIT_ID", description = "The writ this one duplicates.")
        String duplicateOf;

        @Option(names = "--dismissed-on", paramLabel = "YYYY-MM-DD", description = "The debtor's dismissal date.")
        String dismissedOn;

        @CommandLine.Mixin
        LetterOptions letter = new LetterOptions();

        @Override
        Path employerFile() {
            return letter.employer;
        }

        /** The letter reads its employer itself, after its own options are checked, and says what is wrong. */
        @Override
        kz.ustau.app.ledger.EmployerScope scope() throws IOException {
            return LedgerScope.orUnnamed(context.ports(), letter.employer);
        }

        AnswerCommand(Main.Context context) {
            super(context);
        }

        @Override
        int on(Ledger ledger) throws IOException, InvalidInputException, LedgerBusyException {
            CommandLine cl = spec.commandLine();
            Optional<WritAnswer.Answer> answer = Optional.empty();
            if (as != null) {
                answer = WritAnswer.Answer.ofOption(as);
                if (answer.isEmpty()) {
                    throw new CommandLine.ParameterException(
                            cl, "--as takes accepted, not-employed, dismissed, duplicate or mismatch, got " + as);
                }
            }
            if (answer.equals(Optional.of(WritAnswer.Answer.DUPLICATE)) && duplicateOf == null) {
                throw new BadUsage(cl, "cli.usage.duplicate-needs");
            }
            Optional<java.time.LocalDate> dismissed = Optional.empty();
            if (dismissedOn != null) {
                try {
                    dismissed = Optional.of(java.time.LocalDate.parse(dismissedOn));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CommandLine.ParameterException(cl, "--dismissed-on takes YYYY-MM-DD, got " + dismissedOn);
                }
            }
            LocalDateTime moment = letter.moment(cl, context.clock());
            Ports ports = context.ports();
            LetterOptions.Inputs inputs = letter.read(ports);
            WritAnswers.Request request = new WritAnswers.Request(
                    writId,
                    answer,
                    Optional.ofNullable(duplicateOf),
                    dismissed,
                    inputs.employer(),
                    inputs.tables(),
                    moment);
            WritLetters letters = ports.letters();
            // the letters are written inside the transaction that records the answer: no answer without its letter
            Optional<WritAnswer> written = ledger.write(tx -> {
                Optional<WritAnswer> a = new WritAnswers(ports.payrolls()).answer(tx, request);
                if (a.isPresent()) {
                    publish(ports, letter.out, letters.files(a.get()), (file, o) -> letters.write(a.get(), file, o));
                }
                return a;
            });
            if (written.isEmpty()) {
                return noSuch(writId);
            }
            cl.getOut()
                    .println(Messages.text(
                            language(),
                            "cli.writs.answered",
                            writId,
                            Messages.text(
                                    language(),
                                    "cli.answer." + written.get().answer().name())));
            for (String file : letters.files(written.get())) {
                cl.getOut().println(letter.out.resolve(file));
            }
            return ExitCodes.OK;
        }
    }

    static YearMonth month(CommandLine cl, String option, String value) {
        try {
            return YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, option + " takes YYYY-MM, got " + value);
        }
    }

    @Command(
            name = "statement",
            mixinStandardHelpOptions = true,
            description = {
                "A writ's months from the ledger: statement-W-kk|ru.pdf|docx and statement-W.xlsx; with --request, the"
                        + " reply to a bailiff's request for information (art. 100)."
            })
    static final class StatementCommand extends Letter {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "First month.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last month.")
        String to;

        @Option(
                names = "--request",
                paramLabel = "\"№ N от DD.MM.YYYY\"",
                description = "The bailiff's request the statement answers.")
        String request;

        StatementCommand(Main.Context context) {
            super(context);
        }

        @Override
        Optional<WritStatement> statement(
                Ledger.Transaction tx, Employer employer, ReferenceTables tables, LocalDateTime now)
                throws IOException, InvalidInputException {
            CommandLine cl = spec.commandLine();
            YearMonth first = month(cl, "--from", from);
            YearMonth last = month(cl, "--to", to);
            if (last.isBefore(first)) {
                throw new BadUsage(cl, "cli.usage.to-before-from", to, from);
            }
            Optional<String> req = Optional.ofNullable(request).filter(r -> !r.isBlank());
            return new WritStatements(context.ports().payrolls())
                    .build(
                            tx,
                            new WritStatements.Request(
                                    req.isPresent() ? WritStatement.Kind.REPLY : WritStatement.Kind.STATEMENT,
                                    writId,
                                    first,
                                    last,
                                    employer,
                                    tables,
                                    req,
                                    Optional.empty(),
                                    now));
        }
    }

    @Command(
            name = "certificate",
            mixinStandardHelpOptions = true,
            description = {
                "The employee's certificate of the arrears under a writ on a day, with the last twelve months:"
                        + " certificate-W-kk|ru.pdf|docx."
            })
    static final class CertificateCommand extends Letter {
        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The day it speaks of.")
        String on;

        CertificateCommand(Main.Context context) {
            super(context);
        }

        @Override
        Optional<WritStatement> statement(
                Ledger.Transaction tx, Employer employer, ReferenceTables tables, LocalDateTime now)
                throws IOException, InvalidInputException {
            CommandLine cl = spec.commandLine();
            java.time.LocalDate day;
            try {
                day = java.time.LocalDate.parse(on);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, "--on takes YYYY-MM-DD, got " + on);
            }
            // the last month the ledger holds up to that day, and the eleven before it from the writ's first line on:
            // months after a dismissal are shown as not in the payroll, never passed over as if withheld
            YearMonth until = YearMonth.from(day);
            YearMonth last = until.minusMonths(1);
            for (kz.ustau.domain.ledger.LedgerMonth m : tx.months()) {
                if (!m.period().isAfter(until)) {
                    last = m.period();
                }
            }
            YearMonth firstStored = null;
            for (WritLine l : tx.history(writId)) {
                if (!l.period().isAfter(until) && firstStored == null) {
                    firstStored = l.period();
                }
            }
            YearMonth first = last.minusMonths(11);
            if (firstStored != null && first.isBefore(firstStored)) {
                first = firstStored;
            }
            return new WritStatements(context.ports().payrolls())
                    .build(
                            tx,
                            new WritStatements.Request(
                                    WritStatement.Kind.CERTIFICATE,
                                    writId,
                                    first,
                                    last,
                                    employer,
                                    tables,
                                    Optional.empty(),
                                    Optional.of(day),
                                    now));
        }
    }

    /** The reasons of the law, for picocli's help. */
    static final class Reasons extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Reasons() {
            super(Arrays.stream(EndReason.values()).map(Enum::name).toList());
        }
    }
}
