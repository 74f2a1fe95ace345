package kz.ustau.app.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.MonthDocuments;
import kz.ustau.app.MonthProgress;
import kz.ustau.app.MonthResult;
import kz.ustau.app.PayrollFilesOfMonth;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.RunMonth;
import kz.ustau.app.Warning;
import kz.ustau.app.WritRecord;
import kz.ustau.app.port.EmployerSource;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthFiles;
import kz.ustau.app.port.PayrollReader;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.app.registry.EndedWrit;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthEvent;
import kz.ustau.domain.ledger.MonthOrder;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.ledger.Overpayment;
import kz.ustau.domain.ledger.Settlement;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import kz.ustau.domain.rules.UnperformedWrit;
import kz.ustau.domain.writ.Writ;

/**
 * A month's lifecycle on the ledger (issue 13; docs/registry.md): run (computed and stored for review), export (orders
 * issued from what was stored, the month locked), close (both), reopen and skip — in the order of months, one writer at
 * a time, and atomically with the month's folder: every file a step writes is kept in the ledger in the step's own
 * transaction, and published into the folder only once that has committed; a publication a kill interrupted is
 * finished by the next step. Order numbers come only from the ledger and are never used twice; a month computed
 * again pays only what it still owes, as corrections, and records what was overpaid without netting it (RULES §9.1).
 */
public final class MonthLifecycle {
    private final Ledger ledger;
    private final MonthFiles files;
    private final List<MonthDocument> documents;
    private final PayrollReader payrolls;

    public MonthLifecycle(Ledger ledger, MonthFiles files, List<MonthDocument> documents, PayrollReader payrolls) {
        this.ledger = ledger;
        this.files = files;
        this.documents = List.copyOf(documents);
        this.payrolls = payrolls;
    }

    /** What a month command does. */
    public enum Step {
        /** Computes the month and stores it open for review; no orders. */
        RUN,
        /** Issues the orders of the month as stored and locks it. */
        EXPORT,
        /** Computes, issues the orders and locks, in one step. */
        CLOSE
    }

    /** A payroll file given to the command, and its name as the accountant knows it. */
    public record PayrollInput(Path file, String name) {}

    /**
     * A month command: the step, the month, its payroll files (none: the month's stored ones), how to read them, the
     * employer and tables, the folder, the time (Almaty), the languages, the first order number of an empty ledger, a
     * reason to reopen a locked month, and where the count of lines read goes.
     */
    public record Request(
            Step step,
            YearMonth period,
            List<PayrollInput> payroll,
            Optional<String> mapping,
            Optional<Charset> encoding,
            Optional<Long> maxRows,
            EmployerSource employer,
            ReferenceTables tables,
            Path out,
            LocalDateTime now,
            List<Locale> languages,
            long firstNumber,
            Optional<String> reopen,
            LongConsumer progress) {
        public Request {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(period, "period");
            payroll = List.copyOf(payroll);
            languages = List.copyOf(languages);
            if (firstNumber < 1) {
                throw new IllegalArgumentException("order numbers start at 1, got " + firstNumber);
            }
        }
    }

    /** What a month's files and figures came to, as the command line's summary says it. */
    public record Summary(
            YearMonth period, int debtors, long lines, int orders, Tenge total, List<Warning> warnings, Path dir) {
        /** Between thousands of the total, as the glossary writes amounts for people: «1 296 826,83». */
        private static final char NBSP = '\u00A0';

        public Summary {
            warnings = List.copyOf(warnings);
        }

        /**
         * The summary as one line in {@code language} (CONTRACT §2): the month's debtors, lines, orders, total and
         * warnings, written into its folder; for a locked month written again, that its files were written again.
         */
        public String said(java.util.Locale language, boolean again) {
            return said(language, again, false);
        }

        /**
         * The same, for a month of the ledger that is {@code open} (computed, not exported): its orders are numbered
         * and written at export, so the line says so instead of «0 orders» (issue 20).
         */
        public String said(java.util.Locale language, boolean again, boolean open) {
            if (open && !again) {
                return kz.ustau.app.Messages.text(
                        language,
                        "run.done.no-orders",
                        period.toString(),
                        Integer.toString(debtors),
                        Long.toString(lines),
                        Integer.toString(warnings.size()),
                        dir.toString());
            }
            return again
                    ? kz.ustau.app.Messages.text(language, "cli.month.again", period, orders, total.grouped(NBSP), dir)
                    : kz.ustau.app.Messages.text(
                            language,
                            "run.done",
                            period.toString(),
                            Integer.toString(debtors),
                            Long.toString(lines),
                            Integer.toString(orders),
                            total.grouped(NBSP),
                            Integer.toString(warnings.size()),
                            dir.toString());
        }

        /** What a month's result comes to, written into {@code dir}. */
        public static Summary of(MonthResult result, Path dir) {
            return new Summary(
                    result.period(),
                    result.debtors().size(),
                    result.debtors().deductionCount(),
                    result.payments().size(),
                    Tenge.sum(
                            result.payments().stream().map(PaymentOrder::amount).toList()),
                    result.warnings(),
                    dir);
        }
    }

    /** What a step came to. */
    public sealed interface Outcome {
        /**
         * Done: the summary, the month's status now, whether the same files were only written again, the later
         * months this step made stale, and, when the files could not reach the folder, why (they are kept in the
         * ledger, and the next command writes them).
         */
        record Done(
                Summary summary,
                MonthStatus status,
                boolean repeated,
                List<YearMonth> madeStale,
                Optional<String> unpublished)
                implements Outcome {
            public Done {
                madeStale = List.copyOf(madeStale);
            }
        }

        /** Refused: nothing changed. */
        record Refused(Refusal refusal) implements Outcome {}

        /** The inputs cannot be used: every problem, nothing changed. */
        record Invalid(List<kz.ustau.app.InputProblem> problems) implements Outcome {}
    }

    /** Runs, exports or closes a month. A failure to write the folder after the ledger committed is an IOException. */
    public Outcome month(Request request) throws IOException {
        finishPublishing(request.now());
        files.sweep(request.out());
        Prepared prepared;
        try {
            prepared = ledger.write(tx -> {
                return switch (request.step()) {
                    case RUN -> run(tx, request);
                    case EXPORT -> export(tx, request);
                    case CLOSE -> close(tx, request);
                };
            });
        } catch (LedgerBusyException e) {
            return new Outcome.Refused(Refusal.of(Refusal.Reason.BUSY, ledger.location()));
        } catch (InvalidInputException e) {
            return new Outcome.Invalid(e.problems());
        } catch (Refused e) {
            return new Outcome.Refused(e.refusal);
        }
        return publish(prepared, request.now());
    }

    /** Opens a locked or skipped month again, with the reason recorded; every later month becomes stale. */
    public Outcome reopen(YearMonth period, String reason, LocalDateTime now) throws IOException {
        return change(period, now, tx -> {
            refuseUnless(MonthOrder.toReopen(tx.months(), period), period);
            List<YearMonth> stale = reopenIn(tx, period, MonthEvent.REOPEN, reason, now);
            return new Changed(MonthStatus.OPEN, stale);
        });
    }

    /**
     * Skips a month with the reason recorded (a month with no payroll at all): the next month may follow it and starts
     * from the debts before it. Refused for a locked month or one any order was issued for.
     */
    public Outcome skip(YearMonth period, String reason, LocalDateTime now) throws IOException {
        return change(period, now, tx -> {
            List<LedgerMonth> months = tx.months();
            refuseUnless(MonthOrder.toSkip(months, period), period);
            tx.saveMonth(period, MonthStatus.SKIPPED, "", List.of(), now);
            tx.status(period, MonthStatus.SKIPPED, Optional.empty(), Optional.of(reason), now);
            tx.event(period, MonthEvent.SKIP, reason, now);
            return new Changed(MonthStatus.SKIPPED, markStale(tx, months, period, now));
        });
    }

    /**
     * Writes the files of every publication a kill left unfinished into their folders, and sweeps staging folders
     * nobody uses; a folder that cannot be written now is tried again by the next command. What it could not do, as
     * warnings.
     */
    public List<Warning> finishPublishing(LocalDateTime now) throws IOException {
        try {
            return ledger.write(tx -> finish(tx, now));
        } catch (LedgerBusyException e) {
            return List.of(); // the other writer finishes them
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ledger's months, in order, with what each holds: the state of the ledger for the page and the CLI. */
    public List<MonthView> months() throws IOException {
        try {
            return ledger.read(tx -> {
                List<MonthView> out = new ArrayList<>();
                for (LedgerMonth m : tx.months()) {
                    List<WritLine> lines = tx.lines(m.period());
                    List<IssuedOrder> orders = tx.orders(m.period());
                    out.add(new MonthView(
                            m,
                            lines.size(),
                            Tenge.sum(lines.stream().map(WritLine::withheld).toList()),
                            orders.size(),
                            Tenge.sum(orders.stream().map(IssuedOrder::amount).toList())));
                }
                return out;
            });
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A month with its figures: lines stored, withheld, orders issued and what they moved. */
    public record MonthView(LedgerMonth month, int lines, Tenge withheld, int orders, Tenge paid) {}

    // ---- the steps, inside the write transaction ----

    private Prepared run(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        Optional<MonthRecord> stored = tx.month(r.period());
        List<YearMonth> stale = new ArrayList<>();
        if (stored.isPresent() && stored.get().month().status().closed()) {
            if (r.reopen().isEmpty()) {
                throw refusal(
                        stored.get().month().status() == MonthStatus.LOCKED
                                ? Refusal.Reason.LOCKED
                                : Refusal.Reason.SKIPPED,
                        r.period());
            }
            stale.addAll(reopenIn(tx, r.period(), MonthEvent.REOPEN, r.reopen().get(), r.now()));
        }
        List<LedgerMonth> months = tx.months();
        refuseUnless(MonthOrder.toRun(months, r.period()), r.period());
        Payroll payroll = payroll(tx, r);
        Computed c = compute(tx, r, payroll.files());
        boolean same = stored.isPresent() && stored.get().payrollDigest().equals(payroll.digest());
        if (payroll.given()) {
            tx.savePayroll(r.period(), payroll.files());
        }
        tx.saveMonth(r.period(), MonthStatus.OPEN, payroll.digest(), c.result().debtors(), r.now());
        tx.event(
                r.period(),
                same ? MonthEvent.RUN_AGAIN : MonthEvent.RUN,
                same ? "same payroll" : "payroll: " + names(payroll.files()),
                r.now());
        stale.addAll(markStale(tx, months, r.period(), r.now()));
        MonthResult review = withOrders(tx, c.result(), List.of(), reviewWarnings(c.result()));
        return prepare(tx, r, review, MonthStatus.OPEN, false, stale);
    }

    private Prepared export(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        List<LedgerMonth> months = tx.months();
        refuseUnless(MonthOrder.toExport(months, r.period()), r.period());
        MonthRecord stored = tx.month(r.period()).orElseThrow();
        if (stored.month().status() == MonthStatus.LOCKED) {
            return again(tx, r);
        }
        Payroll payroll = new Payroll(tx.payroll(r.period()), false, stored.payrollDigest());
        if (payroll.files().isEmpty()) {
            throw refusal(Refusal.Reason.NOT_RUN, r.period());
        }
        fourEyes(tx, r, false);
        Computed c = compute(tx, r, payroll.files());
        return lock(tx, r, c, payroll, MonthEvent.EXPORT, "export", months, new ArrayList<>());
    }

    private Prepared close(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        Optional<MonthRecord> stored = tx.month(r.period());
        List<YearMonth> stale = new ArrayList<>();
        MonthEvent event = stored.isEmpty() ? MonthEvent.CLOSE : MonthEvent.EXPORT;
        String detail = "close";
        if (stored.isPresent() && stored.get().month().status() == MonthStatus.LOCKED) {
            Set<String> before = stored.get().fileDigests();
            Set<String> now = r.payroll().isEmpty() ? before : digests(r);
            boolean same = now.equals(before);
            boolean added = now.containsAll(before) && now.size() > before.size();
            if (r.reopen().isPresent()) {
                stale.addAll(
                        reopenIn(tx, r.period(), MonthEvent.REOPEN, r.reopen().get(), r.now()));
                event = MonthEvent.REOPEN;
                detail = r.reopen().get();
            } else if (same) {
                return again(tx, r); // the same payroll again: the same files, the same numbers, nothing new
            } else if (added) {
                String what = "payout added: "
                        + r.payroll().stream().map(PayrollInput::name).toList();
                stale.addAll(reopenIn(tx, r.period(), MonthEvent.ADD, what, r.now()));
                event = MonthEvent.ADD;
                detail = what;
            } else {
                throw refusal(Refusal.Reason.CLOSED_WITH_OTHER, r.period());
            }
        } else if (stored.isPresent() && stored.get().month().status() == MonthStatus.SKIPPED) {
            if (r.reopen().isEmpty()) {
                throw refusal(Refusal.Reason.SKIPPED, r.period());
            }
            stale.addAll(reopenIn(tx, r.period(), MonthEvent.REOPEN, r.reopen().get(), r.now()));
        }
        List<LedgerMonth> months = tx.months();
        refuseUnless(MonthOrder.toRun(months, r.period()), r.period());
        fourEyes(tx, r, true);
        Payroll payroll = payroll(tx, r);
        Computed c = compute(tx, r, payroll.files());
        if (payroll.given()) {
            tx.savePayroll(r.period(), payroll.files());
        }
        return lock(tx, r, c, payroll, event, detail, months, stale);
    }

    /** The steps of the audit trail that run a month: whoever took the last of them ran it. */
    private static final Set<String> RUNS =
            Set.of(MonthEvent.RUN.name(), MonthEvent.RUN_AGAIN.name(), MonthEvent.CLOSE.name(), MonthEvent.ADD.name());

    /**
     * Four eyes (docs/bureau.md §3; the employer's {@code approval.four-eyes}): the user who ran a month does not lock
     * it — an export by the one the audit trail names as the month's last runner is refused, saying who it was, and a
     * close (a run and a lock in one step, by one user) is refused outright. A month run before the trail was kept has
     * no runner to compare, and is let through.
     */
    private void fourEyes(Ledger.Transaction tx, Request r, boolean runsToo) throws IOException {
        Optional<kz.ustau.app.Employer> employer = r.employer().read(new kz.ustau.app.Problems());
        if (employer.isEmpty() || !employer.get().fourEyes()) {
            return; // without the setting; an employer file with problems is said by the computation
        }
        String me = ledger.actor().login();
        if (runsToo) {
            throw new Refused(Refusal.of(Refusal.Reason.FOUR_EYES_CLOSE, r.period(), me));
        }
        Optional<AuditEvent> ran =
                tx.audit(Optional.of(r.period().toString()), Optional.empty(), Optional.empty()).stream()
                        .filter(a -> RUNS.contains(a.action()))
                        .reduce((a, b) -> b);
        if (ran.isPresent() && ran.get().actor().login().equals(me)) {
            throw new Refused(Refusal.of(Refusal.Reason.FOUR_EYES, r.period(), me));
        }
    }

    /** Issues what the month still owes, records what was overpaid, stores the month locked. */
    private Prepared lock(
            Ledger.Transaction tx,
            Request r,
            Computed c,
            Payroll payroll,
            MonthEvent event,
            String detail,
            List<LedgerMonth> months,
            List<YearMonth> stale)
            throws IOException {
        MonthResult result = c.result();
        List<Settlement.Withheld> withheld = new ArrayList<>();
        Map<String, PaymentOrder> computed = new LinkedHashMap<>();
        for (PaymentOrder o : result.payments()) {
            withheld.add(new Settlement.Withheld(o.writ().id(), o.amount()));
            computed.put(o.writ().id(), o);
        }
        Map<String, Tenge> paid = new TreeMap<>();
        for (IssuedOrder o : tx.orders(r.period())) {
            paid.merge(o.writId(), o.amount(), Tenge::plus);
        }
        Settlement.Result settled = Settlement.of(withheld, paid);
        long number = Math.max(r.firstNumber(), tx.lastOrderNumber() + 1);
        List<PaymentOrder> orders = new ArrayList<>();
        for (Settlement.Due due : settled.due()) {
            PaymentOrder o = computed.get(due.writId());
            PaymentOrder issued = renumbered(o, number++, due.amount(), due.correction());
            orders.add(issued);
            tx.issue(new IssuedOrder(
                    issued.number(), r.period(), due.writId(), due.amount(), due.correction(), r.now()));
        }
        List<Warning> heldWarnings = new ArrayList<>();
        for (HeldMoney h : tx.held(r.period())) {
            // RULES §11.1 [A]: money held while the writ had no account, paid now that it has one, for its own month
            PaymentOrder now = computed.get(h.writId());
            if (now == null) {
                heldWarnings.add(Warning.of(
                        "writ.still-held",
                        h.writId(),
                        h.period().toString(),
                        h.amount().plain()));
                continue;
            }
            PaymentOrder late = new PaymentOrder(
                    number++,
                    h.period(),
                    now.writ(),
                    now.debtor(),
                    now.payee(),
                    h.amount(),
                    now.knp(),
                    now.kod(),
                    now.kbe(),
                    now.valueDate(),
                    now.transferDue(),
                    PaymentPurpose.of(now.writ(), now.debtor(), h.period()),
                    now.kbk());
            orders.add(late);
            tx.issue(new IssuedOrder(late.number(), h.period(), h.writId(), h.amount(), false, r.now()));
            heldWarnings.add(Warning.of(
                    "writ.held-paid",
                    h.writId(),
                    h.period().toString(),
                    h.amount().plain(),
                    Long.toString(late.number())));
        }
        List<Warning> warnings = new ArrayList<>(withoutLateOrders(result.warnings()));
        warnings.addAll(RunMonth.lateOrders(orders, r.now().toLocalDate()));
        warnings.addAll(heldWarnings);
        for (Settlement.Overpaid o : settled.overpaid()) {
            tx.overpaid(new Overpayment(r.period(), o.writId(), o.amount(), r.now()));
            warnings.add(Warning.of(
                    "ledger.overpaid",
                    o.writId(),
                    r.period().toString(),
                    o.amount().plain()));
        }
        tx.saveMonth(r.period(), MonthStatus.LOCKED, payroll.digest(), result.debtors(), r.now());
        tx.event(r.period(), event, detail, r.now());
        tx.writs()
                .lettersSent(
                        result.notices().stream()
                                .map(n -> n.deduction().writ().id())
                                .distinct()
                                .toList(),
                        r.period(),
                        r.now());
        stale.addAll(markStale(tx, months, r.period(), r.now()));
        return prepare(tx, r, withOrders(tx, result, orders, warnings), MonthStatus.LOCKED, false, stale);
    }

    /** A locked month exported again: the files it was published with, written again; nothing new is issued. */
    private Prepared again(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        Optional<Publication> kept = tx.lastPublication(r.period());
        if (kept.isEmpty()) {
            return againFromPayroll(tx, r);
        }
        Publication last = kept.get();
        MonthFiles.Staging staging = files.stage(r.out());
        try {
            for (String name : last.files()) {
                try (OutputStream out = staging.create(name)) {
                    tx.copy(last.id(), name, out);
                }
            }
            long id = tx.keep(r.period(), r.out(), staging.files(), r.now());
            List<WritLine> lines = tx.lines(r.period());
            List<IssuedOrder> orders = tx.orders(r.period());
            Summary summary = new Summary(
                    r.period(),
                    (int) lines.stream().map(WritLine::employeeId).distinct().count(),
                    lines.size(),
                    orders.size(),
                    Tenge.sum(orders.stream().map(IssuedOrder::amount).toList()),
                    List.of(),
                    r.out());
            return new Prepared(staging, id, summary, MonthStatus.LOCKED, true, List.of());
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
    }

    /**
     * A month an earlier Ustau locked without keeping its files: computed again from its stored payroll, each order
     * written again with the number, amount and date it was issued with; nothing new is issued. The files are kept
     * this time.
     */
    private Prepared againFromPayroll(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        List<IssuedOrder> issued = tx.orders(r.period());
        LocalDateTime issuedAt = issued.stream()
                .map(IssuedOrder::issuedAt)
                .max(LocalDateTime::compareTo)
                .orElse(r.now());
        Request then = new Request(
                r.step(),
                r.period(),
                List.of(),
                r.mapping(),
                r.encoding(),
                r.maxRows(),
                r.employer(),
                r.tables(),
                r.out(),
                issuedAt,
                r.languages(),
                r.firstNumber(),
                Optional.empty(),
                r.progress());
        MonthResult result = compute(tx, then, tx.payroll(r.period())).result();
        List<PaymentOrder> orders = new ArrayList<>();
        for (IssuedOrder o : issued) {
            result.payments().stream()
                    .filter(p -> p.writ().id().equals(o.writId()))
                    .findFirst()
                    .ifPresent(p -> orders.add(renumbered(p, o.number(), o.amount(), o.correction())));
        }
        List<Warning> warnings = new ArrayList<>(withoutLateOrders(result.warnings()));
        warnings.addAll(RunMonth.lateOrders(orders, issuedAt.toLocalDate()));
        Prepared p = prepare(tx, then, withOrders(tx, result, orders, warnings), MonthStatus.LOCKED, true, List.of());
        return p;
    }

    // ---- computing ----

    private record Payroll(List<StoredPayroll> files, boolean given, String digest) {}

    private record Computed(MonthResult result) {}

    private Payroll payroll(Ledger.Transaction tx, Request r) throws IOException {
        if (!r.payroll().isEmpty()) {
            List<StoredPayroll> given = new ArrayList<>();
            for (PayrollInput p : r.payroll()) {
                given.add(new StoredPayroll(digest(p.file(), r.mapping()), p.name(), p.file(), r.mapping()));
            }
            return new Payroll(given, true, digestOf(given));
        }
        List<StoredPayroll> stored = tx.payroll(r.period());
        if (stored.isEmpty()) {
            throw refusal(Refusal.Reason.NEEDS_PAYROLL, r.period());
        }
        return new Payroll(stored, false, digestOf(stored));
    }

    private Set<String> digests(Request r) throws IOException {
        Set<String> out = new TreeSet<>();
        for (PayrollInput p : r.payroll()) {
            out.add(digest(p.file(), r.mapping()));
        }
        return out;
    }

    private Computed compute(Ledger.Transaction tx, Request r, List<StoredPayroll> payroll)
            throws IOException, InvalidInputException {
        Problems problems = new Problems();
        Map<String, Tenge> debts = tx.debtsBefore(r.period());
        List<WritRecord> active = new ArrayList<>(tx.writs().active(r.tables(), debts, problems));
        // a month computed again takes the writs it had, also one suspended or ended since (they were owed then)
        Set<String> had = new TreeSet<>();
        tx.lines(r.period()).forEach(l -> had.add(l.writId()));
        active.forEach(w -> had.remove(w.writ().id()));
        active.addAll(tx.writs().writs(had, r.tables(), debts, problems));
        Set<String> computed = new TreeSet<>();
        active.forEach(w -> computed.add(w.writ().id()));
        List<EndedWrit> ended = tx.writs().awaitingLetter(r.period(), r.tables(), debts, problems).stream()
                .filter(e -> !computed.contains(e.writ().writ().id()))
                .toList();
        problems.throwIfAny();
        List<PayrollSource> sources = new ArrayList<>();
        for (StoredPayroll p : payroll) {
            sources.add(payrolls.open(
                    p.content(), p.name(), p.mapping(), r.encoding(), Optional.of(r.period()), r.maxRows()));
        }
        PayrollSource all = sources.size() == 1 ? sources.get(0) : new PayrollFilesOfMonth(sources);
        String writsName = ledger.location() + "[writs]";
        Optional<RunMonth.EndedWrits> endedWrits = Optional.empty();
        if (!ended.isEmpty()) {
            Map<String, RunMonth.End> ends = new TreeMap<>();
            for (EndedWrit e : ended) {
                ends.put(e.writ().writ().id(), new RunMonth.End(e.reason(), e.at().toLocalDate()));
            }
            endedWrits = Optional.of(new RunMonth.EndedWrits(
                    new ListedWrits(
                            ledger.location() + "[ended writs]",
                            ended.stream().map(EndedWrit::writ).toList()),
                    ends));
        }
        MonthResult result = new RunMonth(r.tables())
                .run(new RunMonth.Request(
                        new CountedPayroll(all, r.progress()),
                        new ListedWrits(writsName, active),
                        r.employer(),
                        Optional.of(r.period()),
                        r.now(),
                        r.languages(),
                        1,
                        endedWrits,
                        MonthProgress.of(r.progress())));
        List<Warning> unperformed = unperformed(tx, r.period(), active, result);
        if (!unperformed.isEmpty()) {
            List<Warning> said = new ArrayList<>(result.warnings());
            said.addAll(unperformed);
            result = new MonthResult(
                    result.period(),
                    result.employer(),
                    result.debtors(),
                    result.payments(),
                    result.notices(),
                    said,
                    result.now(),
                    result.languages(),
                    result.tables(),
                    result.withheldToDate(),
                    result.employerClaims());
        }
        return new Computed(result);
    }

    /** How many months back a run of months without withholding is counted (the warning names them). */
    private static final int UNPERFORMED_LOOKBACK = 6;

    /**
     * The early warnings of RULES §9.1 (Law arts. 33, 36; issue 16): every periodic writ in force this month with
     * nothing withheld, counted back through the ledger's months while nothing was withheld either — a month skipped
     * or not in the ledger, one before the writ arrived, or one it was suspended in ends the count — warned at two
     * months in a row and told at three that the travel ban is due. A writ a letter returned to the bailiff in an
     * earlier month (a dismissal) is no longer the employer's to perform, and is not counted.
     */
    private static List<Warning> unperformed(
            Ledger.Transaction tx, YearMonth period, List<WritRecord> active, MonthResult result) throws IOException {
        Set<String> paid = new HashSet<>();
        result.payments().forEach(o -> paid.add(o.writ().id()));
        // RULES §11.1: money held for want of an account was withheld all the same
        result.warnings().stream()
                .filter(w -> w.code().equals("writ.held"))
                .forEach(w -> paid.add(w.args().get(0)));
        List<Writ> candidates = new ArrayList<>();
        for (WritRecord w : active) {
            Writ writ = w.writ();
            // an agreement or a sentence has no bailiff to tell, and no travel ban to bring (RULES §11.1)
            if (writ.kind().periodic()
                    && writ.kind().hasBailiff()
                    && writ.currentIn(period)
                    && !paid.contains(writ.id())) {
                candidates.add(writ);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, LedgerMonth> months = new TreeMap<>();
        tx.months().forEach(m -> months.put(m.period(), m));
        Map<YearMonth, Map<String, Tenge>> withheld = new TreeMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Writ writ : candidates) {
            Optional<RegistryCard> card = tx.writs().card(writ.id());
            if (card.flatMap(RegistryCard::firstLetter).map(period::isAfter).orElse(false)) {
                continue; // returned to the bailiff with a letter in an earlier month: no longer ours to perform
            }
            Optional<YearMonth> arrived = card.flatMap(RegistryCard::received)
                    .map(at -> YearMonth.from(at).minusMonths(1));
            List<Boolean> run = new ArrayList<>(List.of(false));
            List<YearMonth> unwithheld = new ArrayList<>(List.of(period));
            for (int back = 1; back < UNPERFORMED_LOOKBACK; back++) {
                YearMonth p = period.minusMonths(back);
                LedgerMonth m = months.get(p);
                if (m == null
                        || m.status() == MonthStatus.SKIPPED
                        || !writ.currentIn(p)
                        || arrived.map(p::isBefore).orElse(true)
                        || card.map(c -> c.suspendedIn(p)).orElse(false)) {
                    break;
                }
                Map<String, Tenge> of = withheld.get(p);
                if (of == null) {
                    of = new HashMap<>();
                    for (WritLine l : tx.lines(p)) {
                        of.put(l.writId(), l.withheld());
                    }
                    withheld.put(p, of);
                }
                boolean any = of.getOrDefault(writ.id(), Tenge.ZERO).isPositive();
                run.add(any);
                if (any) {
                    break;
                }
                unwithheld.add(p);
            }
            int inARow = UnperformedWrit.monthsInARow(run);
            UnperformedWrit.Risk risk = UnperformedWrit.risk(inARow);
            if (risk == UnperformedWrit.Risk.NONE) {
                continue;
            }
            java.util.Collections.reverse(unwithheld);
            warnings.add(Warning.of(
                    risk == UnperformedWrit.Risk.BAN ? "writ.unperformed-ban" : "writ.unperformed-warning",
                    writ.id(),
                    writ.debtorIin().masked(),
                    Integer.toString(inARow),
                    String.join(
                            ", ", unwithheld.stream().map(YearMonth::toString).toList())));
        }
        return warnings;
    }

    /** The result to publish: these orders and warnings, each letter's writ with its total withheld since it arrived. */
    private static MonthResult withOrders(
            Ledger.Transaction tx, MonthResult r, List<PaymentOrder> orders, List<Warning> warnings)
            throws IOException {
        Map<String, Tenge> toDate = new TreeMap<>();
        for (var n : r.notices()) {
            String id = n.deduction().writ().id();
            Tenge earlier = Tenge.sum(tx.history(id).stream()
                    .filter(h -> h.period().isBefore(r.period()))
                    .map(WritLine::withheld)
                    .toList());
            toDate.put(id, earlier.plus(n.deduction().withheldTotal()));
        }
        return new MonthResult(
                r.period(),
                r.employer(),
                r.debtors(),
                orders,
                r.notices(),
                warnings,
                r.now(),
                r.languages(),
                r.tables(),
                toDate,
                r.employerClaims());
    }

    /**
     * A review issues no orders, so it cites none: the transfers that would be late if exported now are said without a
     * number.
     */
    private static List<Warning> reviewWarnings(MonthResult result) {
        List<Warning> out = new ArrayList<>(withoutLateOrders(result.warnings()));
        for (Warning w : RunMonth.lateOrders(result.payments(), result.now().toLocalDate())) {
            List<String> args = w.args().subList(1, w.args().size());
            out.add(new Warning(
                    w.code().equals("payment.late") ? "payment.would-be-late" : "payment.would-be-late-other", args));
        }
        return out;
    }

    private static List<Warning> withoutLateOrders(List<Warning> warnings) {
        return warnings.stream()
                .filter(w -> !w.code().equals("payment.late") && !w.code().equals("payment.late-other"))
                .toList();
    }

    /** An order with the ledger's number and amount; a correction says so in its purpose (issue 6). */
    private static PaymentOrder renumbered(PaymentOrder o, long number, Tenge amount, boolean correction) {
        String purpose = correction ? PaymentPurpose.correction(o.writ(), o.debtor(), o.period()) : o.purpose();
        return new PaymentOrder(
                number,
                o.period(),
                o.writ(),
                o.debtor(),
                o.payee(),
                amount,
                o.knp(),
                o.kod(),
                o.kbe(),
                o.valueDate(),
                o.transferDue(),
                purpose,
                o.kbk());
    }

    // ---- the month's state ----

    /** Opens {@code period} again inside the transaction; every later month becomes stale. */
    private static List<YearMonth> reopenIn(
            Ledger.Transaction tx, YearMonth period, MonthEvent event, String reason, LocalDateTime now)
            throws IOException {
        List<LedgerMonth> months = tx.months();
        tx.status(period, MonthStatus.OPEN, Optional.empty(), Optional.of(reason), now);
        tx.event(period, event, reason, now);
        return markStale(tx, months, period, now);
    }

    private static List<YearMonth> markStale(
            Ledger.Transaction tx, List<LedgerMonth> months, YearMonth changed, LocalDateTime now) throws IOException {
        List<YearMonth> stale = MonthOrder.madeStale(months, changed);
        for (YearMonth m : stale) {
            LedgerMonth was = months.stream()
                    .filter(x -> x.period().equals(m))
                    .findFirst()
                    .orElseThrow();
            tx.status(m, MonthStatus.STALE, Optional.of(changed), was.note(), now);
            tx.event(m, MonthEvent.STALE, changed + " changed", now);
        }
        return stale;
    }

    /** Throws the verdict's refusal, naming the month of the step and the month the verdict names. */
    private static void refuseUnless(MonthOrder.Verdict verdict, YearMonth period) {
        if (verdict instanceof MonthOrder.Verdict.Refused r) {
            Refusal.Reason reason =
                    switch (r.why()) {
                        case EARLIER_NOT_CLOSED -> Refusal.Reason.EARLIER_NOT_CLOSED;
                        case BEFORE_FIRST -> Refusal.Reason.BEFORE_FIRST;
                        case LOCKED -> Refusal.Reason.LOCKED;
                        case SKIPPED -> Refusal.Reason.SKIPPED;
                        case NOT_RUN -> Refusal.Reason.NOT_RUN;
                        case STALE -> Refusal.Reason.STALE;
                        case NOT_CLOSED -> Refusal.Reason.NOT_CLOSED;
                        case ORDERS_ISSUED -> Refusal.Reason.ORDERS_ISSUED;
                    };
            throw new Refused(Refusal.of(reason, period, r.month()));
        }
    }

    private static Refused refusal(Refusal.Reason reason, YearMonth month) {
        return new Refused(Refusal.of(reason, month, month));
    }

    /** A refusal thrown out of the transaction, which rolls it back: nothing the step did is kept. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.reason() + " " + refusal.args(), null, false, false);
            this.refusal = refusal;
        }
    }

    // ---- publishing ----

    /** A step's files, kept in the ledger and staged beside their folder, waiting for the commit. */
    private record Prepared(
            MonthFiles.Staging staging,
            long publication,
            Summary summary,
            MonthStatus status,
            boolean repeated,
            List<YearMonth> stale) {}

    private record Changed(MonthStatus status, List<YearMonth> stale) {}

    @FunctionalInterface
    private interface Change {
        Changed in(Ledger.Transaction tx) throws IOException, InvalidInputException;
    }

    private Outcome change(YearMonth period, LocalDateTime now, Change change) throws IOException {
        try {
            finishPublishing(now);
            Changed c = ledger.write(change::in);
            Summary summary = new Summary(period, 0, 0, 0, Tenge.ZERO, List.of(), Path.of(""));
            return new Outcome.Done(summary, c.status(), false, c.stale(), Optional.empty());
        } catch (LedgerBusyException e) {
            return new Outcome.Refused(Refusal.of(Refusal.Reason.BUSY, ledger.location()));
        } catch (Refused e) {
            return new Outcome.Refused(e.refusal);
        } catch (InvalidInputException e) {
            return new Outcome.Invalid(e.problems());
        }
    }

    /** Writes every document of {@code result} into a staging folder and keeps the files in the ledger. */
    private Prepared prepare(
            Ledger.Transaction tx,
            Request r,
            MonthResult result,
            MonthStatus status,
            boolean repeated,
            List<YearMonth> stale)
            throws IOException {
        MonthFiles.Staging staging = files.stage(r.out());
        try {
            MonthProgress.of(r.progress()).writing();
            MonthDocuments.write(staging, documents, result);
            long id = tx.keep(r.period(), r.out(), staging.files(), r.now());
            Summary summary = Summary.of(result, r.out());
            return new Prepared(staging, id, summary, status, repeated, stale);
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
    }

    /** After the commit: the staged files moved into their folder, and the publication recorded as done. */
    private Outcome publish(Prepared p, LocalDateTime now) throws IOException {
        try (MonthFiles.Staging staging = p.staging()) {
            staging.publish(ours());
        } catch (IOException e) {
            // the month is committed with its files: they stay in the ledger for the next command to write
            return new Outcome.Done(
                    p.summary(), p.status(), p.repeated(), p.stale(), Optional.of(String.valueOf(e.getMessage())));
        }
        try {
            ledger.write(tx -> {
                tx.published(p.publication(), now);
                return null;
            });
        } catch (LedgerBusyException | IOException e) {
            // the files are in their folder; unmarked, the next command writes the same files again: nothing changes
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
        return new Outcome.Done(p.summary(), p.status(), p.repeated(), p.stale(), Optional.empty());
    }

    /** Every unfinished publication, published from the ledger into its folder; staging folders nobody uses swept. */
    private List<Warning> finish(Ledger.Transaction tx, LocalDateTime now) throws IOException {
        List<Warning> warnings = new ArrayList<>();
        for (Publication p : tx.unpublished()) {
            try {
                files.sweep(p.dir());
                try (MonthFiles.Staging staging = files.stage(p.dir())) {
                    for (String name : p.files()) {
                        try (OutputStream out = staging.create(name)) {
                            tx.copy(p.id(), name, out);
                        }
                    }
                    staging.publish(ours());
                }
                tx.published(p.id(), now);
                tx.event(p.period(), MonthEvent.PUBLISHED, "finished: " + p.dir(), now);
            } catch (IOException e) {
                warnings.add(Warning.of(
                        "ledger.unpublished",
                        p.period().toString(),
                        p.dir().toString(),
                        String.valueOf(e.getMessage())));
            }
        }
        return warnings;
    }

    /** Whether a file in a month's folder is one of ours (so that an older one not written again is removed). */
    private Predicate<String> ours() {
        return MonthDocuments.ours(documents);
    }

    // ---- helpers ----

    private static String names(List<StoredPayroll> files) {
        return files.stream().map(StoredPayroll::name).toList().toString();
    }

    private static String digestOf(List<StoredPayroll> files) {
        return sha256(files.stream()
                .map(StoredPayroll::digest)
                .sorted()
                .collect(Collectors.joining(","))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of a payroll file and the mapping it is read through: the same export is the same file. */
    public static String digest(Path content, Optional<String> mapping) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(content)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            md.update(mapping.orElse("").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
