package kz.ustau.app;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ustau.app.port.EmployerSource;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.app.port.WritSource;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.income.IncomeType;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.notice.NoticesDue;
import kz.ustau.domain.notice.WritNotice;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.reference.OutsideTableException;
import kz.ustau.domain.rules.ChildSupportShare;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;
import kz.ustau.domain.rules.DeductionCalculator;
import kz.ustau.domain.rules.DismissalDeadline;
import kz.ustau.domain.rules.EmployerClaim;
import kz.ustau.domain.rules.LatePenalty;
import kz.ustau.domain.rules.TransferDeadline;
import kz.ustau.domain.rules.WritDemand;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.Writ;

/**
 * The monthly job (CONTRACT §2; RULES §2–§8): reads the payroll, the writs and the employer, checks them together,
 * works out every debtor's month with the domain rules and makes the payment orders. Every input problem of every
 * file is collected before anything is computed; with any problem the run throws and nothing is produced.
 */
public final class RunMonth {
    /** The payroll's own figure of what it withheld under writs (income-codes.csv), compared with ours. */
    static final String PAYROLL_WRIT_CODE = "WRIT_WITHHELD";

    /** The columns one employee's lines must agree on (CONTRACT §4.1), in fingerprint order. */
    private static final List<String> EMPLOYEE_COLUMNS =
            List.of("iin", "full_name", "dismissal_date", "new_employer", "new_address");

    private final ReferenceTables tables;

    public RunMonth(ReferenceTables tables) {
        this.tables = tables;
    }

    /** What a run is asked to do. {@code now} is the local time in Almaty, for late orders (CONTRACT §2 --now). */
    public record Request(
            PayrollSource payroll,
            WritSource writs,
            EmployerSource employer,
            Optional<YearMonth> period,
            LocalDateTime now,
            List<Locale> languages,
            long firstPaymentNumber,
            Optional<EndedWrits> ended,
            MonthProgress progress) {
        public Request {
            languages = List.copyOf(languages);
            Objects.requireNonNull(ended, "ended");
            Objects.requireNonNull(progress, "progress");
            if (firstPaymentNumber < 1) {
                throw new IllegalArgumentException("payment numbers start at 1, got " + firstPaymentNumber);
            }
        }

        /** A month without writs ended between months, that shows no progress (for a library's caller). */
        public Request(
                PayrollSource payroll,
                WritSource writs,
                EmployerSource employer,
                Optional<YearMonth> period,
                LocalDateTime now,
                List<Locale> languages,
                long firstPaymentNumber) {
            this(
                    payroll,
                    writs,
                    employer,
                    period,
                    now,
                    languages,
                    firstPaymentNumber,
                    Optional.empty(),
                    MonthProgress.NONE);
        }
    }

    /**
     * Writs ended between months (registry {@code writs end}) still owed a return letter: the writs as a source to be
     * read and checked like any other, and each one's end by writ id.
     */
    public record EndedWrits(WritSource writs, Map<String, End> ends) {
        public EndedWrits {
            ends = Map.copyOf(ends);
        }
    }

    /** Why and when a writ was ended: the registry's reason code and the day it was recorded. */
    public record End(String reason, LocalDate on) {}

    public MonthResult run(Request request) throws IOException, InvalidInputException {
        Problems problems = new Problems();
        Problems writProblems = new Problems();
        Problems employerProblems = new Problems();
        List<Warning> warnings = new ArrayList<>();
        Optional<Employer> employer = request.employer().read(employerProblems);
        List<WritRecord> writs = request.writs().read(tables, writProblems, warnings::add);
        Set<IdNumber> debtorIins = writs.stream().map(w -> w.writ().debtorIin()).collect(Collectors.toSet());
        List<WritRecord> ended = new ArrayList<>();
        if (request.ended().isPresent()) {
            ended.addAll(request.ended().get().writs().read(tables, writProblems, warnings::add));
        }
        Set<IdNumber> kept = new java.util.HashSet<>(debtorIins);
        ended.forEach(w -> kept.add(w.writ().debtorIin()));
        PayrollReading payroll = new PayrollReading(request.payroll(), kept, problems);
        request.payroll().read(payroll::accept, problems, warnings::add);
        payroll.doneReading();
        Optional<YearMonth> period = payroll.choosePeriod(request.period());
        // reported in the order of the command line: payroll, writs, employer
        problems.addAll(writProblems);
        problems.addAll(employerProblems);
        problems.throwIfAny();

        YearMonth month = period.orElseThrow();
        Employer emp = employer.orElseThrow();
        checkTables(month, payroll, writs, request.writs(), emp, problems);
        if (emp.correctional().isEmpty()) {
            // RULES §11.1: a sentence is paid to the budget with the KNP and KBK the employer was given
            writs.stream()
                    .filter(r -> r.writ().kind().isCorrectional())
                    .filter(r -> WritDemand.status(r.writ(), month) != WritDemand.Status.INACTIVE)
                    .findFirst()
                    .ifPresent(r -> problems.add(
                            request.employer().name(),
                            1,
                            "payment.kbk.correctional",
                            "employer.correctional-codes",
                            "",
                            r.writ().id()));
        }
        problems.throwIfAny();

        warnings.addAll(payroll.otherPeriods(month));
        DeductionCalculator calculator = new DeductionCalculator(tables.mrp(), tables.calendar(), emp.settings());
        Worker work = new Worker(
                payroll.debtorLines, calculator, month, request.payroll().name());
        Map<IdNumber, List<Writ>> writsByDebtor = writs.stream()
                .map(WritRecord::writ)
                .collect(Collectors.groupingBy(Writ::debtorIin, TreeMap::new, Collectors.toList()));
        // One pass in IIN order: each debtor's month worked out, its warnings said, its orders and letters drafted,
        // and then let go; only a month that owes a letter is kept (issue 21, decision #38).
        List<Worked> worked = new ArrayList<>();
        List<EmployerClaimLine> claims = new ArrayList<>();
        long deductionCount = 0;
        LocalDate today = request.now().toLocalDate();
        MonthProgress progress = request.progress();
        long done = 0;
        for (Map.Entry<IdNumber, List<Writ>> entry : writsByDebtor.entrySet()) {
            if (++done % 1000 == 0) {
                progress.computing(done, writsByDebtor.size());
            }
            List<PayrollLine> lines = payroll.linesOf(entry.getKey(), month);
            if (lines.isEmpty()) {
                entry.getValue().stream()
                        .filter(w -> WritDemand.status(w, month) != WritDemand.Status.INACTIVE)
                        .forEach(w -> warnings.add(
                                Warning.of("writ.no-pay", w.id(), entry.getKey().masked(), month.toString())));
                continue;
            }
            try {
                DebtorMonth dm = work.month(entry.getKey(), lines, entry.getValue());
                warnings.addAll(debtorWarnings(dm, lines, emp, request.now()));
                boolean owesLetter = !NoticesDue.of(dm, 1, emp.settings().deadlineDays(), tables.calendar())
                        .isEmpty();
                worked.add(new Worked(
                        dm.debtor().employeeId(),
                        entry.getKey(),
                        entry.getValue(),
                        paymentOrders(dm, emp, today),
                        owesLetter ? dm : null));
                deductionCount += dm.deductions().size();
                if (EmployerClaim.isAsked(dm.base().notUsed())) {
                    claims.add(EmployerClaimLine.of(dm, true));
                }
            } catch (OutsideTableException e) {
                PayrollLine latest = lines.stream()
                        .max(Comparator.comparing(PayrollLine::payDate))
                        .orElseThrow();
                problems.add(
                        request.payroll().name(),
                        latest.row(),
                        request.payroll().column("pay_date"),
                        "table.outside",
                        latest.payDate().toString(),
                        e.table(),
                        Integer.toString(e.date().getYear()));
            }
        }
        progress.computing(writsByDebtor.size(), writsByDebtor.size());
        problems.throwIfAny();
        claims.addAll(claimsOfOthers(request.payroll(), payroll.claimIins, month, calculator));
        claims.sort(Comparator.comparing(EmployerClaimLine::employeeId));
        claims.stream()
                .filter(c -> c.claim().cut())
                .forEach(c -> warnings.add(Warning.of(
                        "employer-claim.cut",
                        c.employeeId(),
                        c.claim().claimed().plain(),
                        c.claim().deducted().plain(),
                        c.claim().remaining().plain())));
        warnings.addAll(payroll.unknownWritWithholdings(month, debtorIins));
        worked.sort(Comparator.comparing(Worked::employeeId));
        List<PaymentOrder> orders = new ArrayList<>();
        long number = request.firstPaymentNumber();
        List<WritNotice> notices = new ArrayList<>();
        Map<IdNumber, List<Writ>> computed = new HashMap<>();
        for (Worked w : worked) {
            for (PaymentOrder draft : w.orders()) {
                orders.add(draft.numbered(number++));
            }
            if (w.owingLetter() != null) {
                notices.addAll(NoticesDue.of(
                        w.owingLetter(), notices.size() + 1, emp.settings().deadlineDays(), tables.calendar()));
            }
            computed.put(w.iin(), w.writs());
        }
        warnings.addAll(lateOrders(orders, today));
        for (WritRecord record : ended) {
            Writ writ = record.writ();
            End end = request.ended().orElseThrow().ends().get(writ.id());
            Optional<DebtorMonth> dm = end == null ? Optional.empty() : monthOfDebtor(writ.debtorIin(), computed, work);
            if (dm.isEmpty()) {
                warnings.add(Warning.of(
                        "writ.ended-no-pay", writ.id(), writ.debtorIin().masked(), month.toString()));
                continue;
            }
            notices.add(NoticesDue.ended(
                    dm.get(),
                    writ,
                    writ.debt(),
                    end.reason(),
                    end.on(),
                    notices.size() + 1,
                    emp.settings().deadlineDays(),
                    tables.calendar()));
        }
        for (WritNotice n : notices) {
            if (!n.isDismissal() && n.deadline().isBefore(today)) {
                warnings.add(Warning.of(
                        "notice.return-late",
                        n.deduction().writ().id(),
                        n.deadline().toString(),
                        Long.toString(java.time.temporal.ChronoUnit.DAYS.between(n.deadline(), today))));
            }
        }
        DebtorMonths months = new Recomputed(
                worked.stream().map(w -> new Recomputed.Key(w.iin(), w.writs())).toList(), work, deductionCount);
        return new MonthResult(
                month,
                emp,
                months,
                orders,
                notices,
                warnings,
                request.now(),
                request.languages(),
                tables,
                Map.of(),
                claims);
    }

    /**
     * The employer's own claims of employees without writs (RULES §11.1): the whole half of the base is theirs. Their
     * lines were not kept on the first reading (memory grows with the debtors, issue 21), so the payroll is read once
     * more for them alone, and only when there are any.
     */
    private List<EmployerClaimLine> claimsOfOthers(
            PayrollSource source, Set<IdNumber> iins, YearMonth month, DeductionCalculator calculator)
            throws IOException {
        if (iins.isEmpty()) {
            return List.of();
        }
        DebtorLines kept = new DebtorLines();
        source.read(
                line -> {
                    if (line.period().equals(month) && iins.contains(line.iin())) {
                        kept.add(line);
                    }
                },
                new Problems(),
                w -> {});
        Worker work = new Worker(kept, calculator, month, source.name());
        List<EmployerClaimLine> out = new ArrayList<>();
        for (IdNumber iin : new TreeSet<>(iins)) {
            List<PayrollLine> lines = kept.linesOf(iin, month);
            if (!lines.isEmpty()) {
                out.add(EmployerClaimLine.of(work.month(iin, lines, List.of()), false));
            }
        }
        return out;
    }

    /**
     * A debtor's month once worked out: the employee it is filed under, its writs, its orders (numbered once all are
     * in {@code employee_id} order) and, only when it owes a letter, the month itself.
     */
    private record Worked(
            String employeeId, IdNumber iin, List<Writ> writs, List<PaymentOrder> orders, DebtorMonth owingLetter) {}

    /** The month's debtors worked out again each time they are read, from the lines kept of them. */
    private static final class Recomputed implements DebtorMonths {
        record Key(IdNumber iin, List<Writ> writs) {}

        private final List<Key> keys;
        private final Worker work;
        private final long deductionCount;

        Recomputed(List<Key> keys, Worker work, long deductionCount) {
            this.keys = keys;
            this.work = work;
            this.deductionCount = deductionCount;
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public long deductionCount() {
            return deductionCount;
        }

        @Override
        public java.util.Iterator<DebtorMonth> iterator() {
            java.util.Iterator<Key> it = keys.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public DebtorMonth next() {
                    Key k = it.next();
                    return work.month(k.iin(), work.lines.linesOf(k.iin(), work.month), k.writs());
                }
            };
        }
    }

    /**
     * Works out one debtor's month from its kept lines; the same lines and writs give the same month each time. It
     * holds the debtors' lines and nothing of the rest of the payroll.
     */
    private final class Worker {
        private final DebtorLines lines;
        private final DeductionCalculator calculator;
        private final YearMonth month;
        private final String source;

        Worker(DebtorLines lines, DeductionCalculator calculator, YearMonth month, String source) {
            this.lines = lines;
            this.calculator = calculator;
            this.month = month;
            this.source = source;
        }

        DebtorMonth month(IdNumber iin, List<PayrollLine> of, List<Writ> writs) {
            Debtor debtor = debtor(iin, of);
            List<IncomeLine> income =
                    of.stream().map(l -> incomeLine(l, source)).toList();
            return calculator.calculate(debtor, month, income, writs);
        }
    }

    /**
     * The debtor's month a return letter for an ended writ takes its facts from: the month worked out for the
     * debtor's other writs, or one worked out without writs; empty when the debtor has no line this month, and the
     * letter waits for a month that has one.
     */
    private static Optional<DebtorMonth> monthOfDebtor(IdNumber iin, Map<IdNumber, List<Writ>> computed, Worker work) {
        List<PayrollLine> lines = work.lines.linesOf(iin, work.month);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(work.month(iin, lines, computed.getOrDefault(iin, List.of())));
    }

    /** The debtor of {@code iin} as its lines describe it, filed under its first employee id. */
    private static Debtor debtor(IdNumber iin, List<PayrollLine> lines) {
        Map<String, PayrollLine> byEmployee = lines.stream()
                .collect(Collectors.toMap(
                        PayrollLine::employeeId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> ids = byEmployee.keySet().stream().sorted().toList();
        PayrollLine main = byEmployee.get(ids.get(0));
        Optional<LocalDate> dismissal = byEmployee.values().stream()
                .map(PayrollLine::dismissalDate)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        // A debtor with several posts leaves when the last post ends; with one post still open there is no
        // dismissal.
        boolean allEnded =
                byEmployee.values().stream().allMatch(l -> l.dismissalDate().isPresent());
        return new Debtor(
                iin,
                main.fullName(),
                ids,
                allEnded ? dismissal : Optional.empty(),
                main.newEmployer(),
                main.newAddress());
    }

    private IncomeLine incomeLine(PayrollLine line, String source) {
        IncomeType type =
                tables.incomeTypes().on(line.code(), line.period().atDay(1)).orElseThrow();
        return new IncomeLine(line.employeeId(), type, line.amount(), line.payDate(), source + ":" + line.row());
    }

    /** Dates and rates the tables must cover (RULES §11): the period's MRP and PM, each indexed writ's start. */
    private void checkTables(
            YearMonth month,
            PayrollReading payroll,
            List<WritRecord> writs,
            WritSource writSource,
            Employer employer,
            Problems problems) {
        LocalDate first = month.atDay(1);
        if (!tables.mrp().covers(first)) {
            problems.add(
                    payroll.source.name(),
                    payroll.firstRowOf(month),
                    payroll.source.column("period"),
                    "table.outside",
                    month.toString(),
                    MrpTable.FILE,
                    Integer.toString(first.getYear()));
        }
        if (!employer.settings().indexFixed()) {
            return;
        }
        for (WritRecord record : writs) {
            Writ w = record.writ();
            boolean indexed = w.kind().isSupport() && w.fixed().orElse(null) instanceof FixedSum.InTenge;
            if (indexed
                    && WritDemand.status(w, month) == WritDemand.Status.CURRENT
                    && !tables.mrp().covers(w.indexBase())) {
                String column = writSource.column(w.indexedFrom().isPresent() ? "indexed_from" : "writ_date");
                problems.add(
                        writSource.name(),
                        record.row(),
                        column,
                        "table.outside",
                        w.indexBase().toString(),
                        MrpTable.FILE,
                        Integer.toString(w.indexBase().getYear()));
            }
        }
    }

    private List<Warning> debtorWarnings(DebtorMonth dm, List<PayrollLine> lines, Employer emp, LocalDateTime now) {
        List<Warning> out = new ArrayList<>();
        String employee = dm.debtor().employeeId();
        for (Deduction d : dm.deductions()) {
            Writ w = d.writ();
            if (w.kind().code().equals("CHILD_SUPPORT")
                    && w.share().isPresent()
                    && w.children().isPresent()
                    && !ChildSupportShare.matches(w.share().get(), w.children().getAsInt())) {
                out.add(Warning.of(
                        "writ.share-children",
                        w.id(),
                        w.share().get().toString(),
                        Integer.toString(w.children().getAsInt()),
                        ChildSupportShare.forChildren(w.children().getAsInt()).toString()));
            }
            w.account()
                    .filter(party -> party.id().isBin() && party.kbe().charAt(1) == '9')
                    .ifPresent(party ->
                            out.add(Warning.of("writ.organisation-household-kbe", w.id(), party.name(), party.kbe())));
            if (d.held().isPositive()) {
                out.add(Warning.of("writ.held", w.id(), employee, d.held().plain()));
            }
            if (w.kind().isAgreement() && d.demandCurrent().plus(d.demandDebt()).isGreaterThan(d.withheldTotal())) {
                out.add(Warning.of(
                        "agreement.short",
                        w.id(),
                        employee,
                        d.demandCurrent().plus(d.demandDebt()).plain(),
                        d.withheldTotal().plain()));
            }
            if (d.status() == WritDemand.Status.CURRENT
                    && w.endPeriod().isPresent()
                    && w.endPeriod().get().equals(dm.period())) {
                out.add(Warning.of(
                        "writ.last-month", w.id(), employee, dm.period().toString()));
            }
            if (d.debtAfter().isZero()
                    && d.debtBefore().isPositive()
                    && !d.writ().kind().periodic()) {
                out.add(Warning.of("writ.paid-off", w.id(), employee));
            }
        }
        dm.debtor().dismissalDate().ifPresent(date -> {
            if (!dm.deductions().isEmpty()) {
                LocalDate due = DismissalDeadline.due(date, emp.settings().deadlineDays(), tables.calendar());
                String ids = dm.deductions().stream().map(d -> d.writ().id()).collect(Collectors.joining(", "));
                out.add(Warning.of("debtor.dismissed", employee, date.toString(), ids, due.toString()));
                if (now.toLocalDate().isAfter(due)) {
                    out.add(Warning.of(
                            "debtor.dismissal-late",
                            employee,
                            due.toString(),
                            Long.toString(LatePenalty.daysLate(due, now.toLocalDate()))));
                }
            }
        });
        Tenge payrollFigure = Tenge.sum(lines.stream()
                .filter(l -> l.code().equals(PAYROLL_WRIT_CODE))
                .map(PayrollLine::amount)
                .toList());
        boolean hasFigure = lines.stream().anyMatch(l -> l.code().equals(PAYROLL_WRIT_CODE));
        Tenge ours = dm.withheldTotal().plus(dm.feeTotal());
        if (hasFigure && !payrollFigure.equals(ours)) {
            out.add(Warning.of("payroll.writ-figure-differs", employee, payrollFigure.plain(), ours.plain()));
        }
        if (dm.base().base().minus(dm.cap()).isGreaterThan(dm.kept())) {
            // RULES §11.1: a sentence beside the writs (Law art. 96(1)) leaves the debtor less than half
            out.add(Warning.of("correctional.below-half", employee, dm.kept().plain()));
        }
        if (dm.base().floored()) {
            out.add(Warning.of(
                    "debtor.taxes-exceed-income",
                    employee,
                    dm.base().beforeFloor().plain()));
        }
        return out;
    }

    /**
     * The debtor's orders, one per writ with something withheld, numbered 1 until the month's orders are in order,
     * written on {@code writtenOn}: each value date never before that day (RULES §7).
     */
    private List<PaymentOrder> paymentOrders(DebtorMonth dm, Employer emp, LocalDate writtenOn) {
        List<PaymentOrder> orders = new ArrayList<>();
        for (Deduction d : dm.deductions()) {
            if (!d.withheldTotal().isPositive() || d.held().isPositive()) {
                // RULES §11.1 [A]: without an account the money is held, not transferred (warned of: writ.held)
                continue;
            }
            Writ w = d.writ();
            var payee = w.payTo();
            String knp = w.kind().isSupport() ? emp.knpSupport() : emp.knpOther();
            Optional<String> kbk = Optional.empty();
            if (w.kind().isCorrectional()) {
                // RULES §11.1: to the budget, with the codes the employer gave (checked before the month is worked out)
                Employer.BudgetCodes codes = emp.correctional().orElseThrow();
                knp = codes.knp();
                kbk = Optional.of(codes.kbk());
            }
            orders.add(new PaymentOrder(
                    1,
                    dm.period(),
                    w,
                    dm.debtor(),
                    payee,
                    d.withheldTotal(),
                    knp,
                    PaymentOrder.EMPLOYER_KOD,
                    payee.kbe(),
                    TransferDeadline.valueDate(dm.payDate(), writtenOn, tables.calendar()),
                    dm.transferDue(),
                    PaymentPurpose.of(w, dm.debtor(), dm.period()),
                    kbk));
        }
        return orders;
    }

    /** The warnings for orders written after their transfer deadline: days late, and for alimony the exposure. */
    public static List<Warning> lateOrders(List<PaymentOrder> orders, LocalDate today) {
        List<Warning> out = new ArrayList<>();
        for (PaymentOrder o : orders) {
            long days = LatePenalty.daysLate(o.transferDue(), today);
            if (days > 0 && o.writ().kind().isSupport()) {
                out.add(Warning.of(
                        "payment.late",
                        Long.toString(o.number()),
                        o.writ().id(),
                        o.amount().plain(),
                        o.transferDue().toString(),
                        Long.toString(days),
                        LatePenalty.exposure(o.amount(), o.transferDue(), today).plain()));
            } else if (days > 0) {
                // MFC art. 171(1) is alimony's penalty; for other writs the lateness itself is what to report
                out.add(Warning.of(
                        "payment.late-other",
                        Long.toString(o.number()),
                        o.writ().id(),
                        o.amount().plain(),
                        o.transferDue().toString(),
                        Long.toString(days)));
            }
        }
        return out;
    }

    /**
     * The payroll as it streams by: checks each line against the catalogue and the lines before it, remembers each
     * employee once, keeps only the lines of debtors (so memory grows with the writs, not with the file), and counts
     * the periods.
     */
    private final class PayrollReading {
        private final PayrollSource source;
        private final Set<IdNumber> debtorIins;
        private final Problems problems;
        /** Per employee, compactly: the row of the first line and fingerprints of its identity columns (issue 21). */
        private FirstLines firstLines = new FirstLines();
        /** The employee and columns of the line before, when it agreed with its first line. */
        private String lastEmployee;

        private String[] lastValues;
        /** Code and period pairs already found valid, so that each is checked against the catalogue once. */
        private final Map<YearMonth, Set<String>> validCodes = new HashMap<>();

        private int validCount;

        private final DebtorLines debtorLines = new DebtorLines();
        /** Employees without writs for whom the employer asks its own deduction (RULES §11.1). */
        private final Set<IdNumber> claimIins = new java.util.HashSet<>();

        private final Map<YearMonth, long[]> periods = new TreeMap<>();
        private final Map<YearMonth, Map<IdNumber, Tenge>> writFigures = new HashMap<>();
        private final Map<IdNumber, String> employeeOfIin = new HashMap<>();

        PayrollReading(PayrollSource source, Set<IdNumber> debtorIins, Problems problems) {
            this.source = source;
            this.debtorIins = debtorIins;
            this.problems = problems;
        }

        void accept(PayrollLine line) {
            boolean ok = true;
            Set<String> valid = validCodes.get(line.period());
            if (valid != null && valid.contains(line.code())) {
                // known and valid in this period: checked on an earlier line
            } else if (!tables.incomeTypes().knows(line.code())) {
                problems.add(
                        source.name(),
                        line.row(),
                        source.column("code"),
                        "code.unknown",
                        line.code(),
                        IncomeTypeListHint.of(tables));
                ok = false;
            } else if (tables.incomeTypes()
                    .on(line.code(), line.period().atDay(1))
                    .isEmpty()) {
                problems.add(
                        source.name(),
                        line.row(),
                        source.column("code"),
                        "code.not-yet-valid",
                        line.code(),
                        line.period().toString(),
                        tables.incomeTypes()
                                .firstValidFrom(line.code())
                                .orElseThrow()
                                .toString());
                ok = false;
            } else if (validCount < 10_000) {
                // valid in this period: checked once, then known (a bounded number of pairs, whatever the file holds)
                validCodes
                        .computeIfAbsent(line.period(), p -> new java.util.HashSet<>())
                        .add(line.code());
                validCount++;
            }
            ok &= agreesWithFirstLine(line);
            if (line.code().equals(PAYROLL_WRIT_CODE)) {
                employeeOfIin.merge(line.iin(), line.employeeId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            long[] count = periods.computeIfAbsent(line.period(), p -> new long[] {0, line.row()});
            count[0]++;
            if (!ok) {
                return;
            }
            if (debtorIins.contains(line.iin())) {
                debtorLines.add(line);
            } else if (line.code().equals(EmployerClaim.CODE)) {
                claimIins.add(line.iin());
            } else if (line.code().equals(PAYROLL_WRIT_CODE)) {
                writFigures
                        .computeIfAbsent(line.period(), p -> new HashMap<>())
                        .merge(line.iin(), line.amount(), Tenge::plus);
            }
        }

        /** The file is read: what only the reading needed is let go before the month is worked out. */
        void doneReading() {
            firstLines = null;
            validCodes.clear();
        }

        private boolean agreesWithFirstLine(PayrollLine line) {
            String[] values = {
                line.iin().digits(),
                line.fullName(),
                line.dismissalDate().map(LocalDate::toString).orElse(""),
                line.newEmployer().orElse(""),
                line.newAddress().orElse("")
            };
            if (line.employeeId().equals(lastEmployee) && java.util.Arrays.equals(values, lastValues)) {
                // the line before was this employee's with the same columns, and agreed: so does this one
                return true;
            }
            int differ = firstLines.compare(line.employeeId(), line.row(), values);
            lastEmployee = differ == 0 ? line.employeeId() : null;
            lastValues = values;
            for (int i = 0; i < values.length; i++) {
                if ((differ & (1 << i)) != 0) {
                    String found = i == 0 ? line.iin().masked() : values[i];
                    problems.add(
                            source.name(),
                            line.row(),
                            source.column(EMPLOYEE_COLUMNS.get(i)),
                            "employee.conflict",
                            found,
                            line.employeeId(),
                            Long.toString(firstLines.firstRow()));
                }
            }
            return differ == 0;
        }

        Optional<YearMonth> choosePeriod(Optional<YearMonth> asked) {
            if (asked.isPresent()) {
                if (!periods.containsKey(asked.get())) {
                    if (!problems.isEmpty() && periods.isEmpty()) {
                        // nothing was read because of the problems already said: no month to name (issue 15)
                        return Optional.empty();
                    }
                    problems.add(
                            source.name(),
                            1,
                            source.column("period"),
                            "period.no-lines",
                            asked.get().toString(),
                            periods.keySet().stream().map(YearMonth::toString).collect(Collectors.joining(", ")));
                    return Optional.empty();
                }
                return asked;
            }
            if (periods.isEmpty()) {
                if (problems.isEmpty()) {
                    problems.add(source.name(), 1, "-", "payroll.empty", "");
                }
                return Optional.empty();
            }
            if (periods.size() > 1) {
                problems.add(
                        source.name(),
                        1,
                        source.column("period"),
                        "period.several",
                        periods.keySet().stream().map(YearMonth::toString).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
            return Optional.of(periods.keySet().iterator().next());
        }

        long firstRowOf(YearMonth month) {
            return periods.getOrDefault(month, new long[] {0, 1})[1];
        }

        List<Warning> otherPeriods(YearMonth month) {
            return periods.entrySet().stream()
                    .filter(e -> !e.getKey().equals(month))
                    .map(e -> Warning.of(
                            "payroll.other-period",
                            Long.toString(e.getValue()[0]),
                            e.getKey().toString(),
                            Long.toString(e.getValue()[1]),
                            month.toString()))
                    .toList();
        }

        List<PayrollLine> linesOf(IdNumber iin, YearMonth month) {
            return debtorLines.linesOf(iin, month);
        }

        List<Warning> unknownWritWithholdings(YearMonth month, Set<IdNumber> known) {
            return writFigures.getOrDefault(month, Map.of()).entrySet().stream()
                    .filter(e -> !known.contains(e.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> Warning.of(
                            "payroll.writ-without-writ",
                            employeeOfIin.get(e.getKey()),
                            e.getValue().plain()))
                    .toList();
        }
    }

    /** The list of codes for an unknown-code message, shortened. */
    private static final class IncomeTypeListHint {
        static String of(ReferenceTables tables) {
            List<String> codes = tables.incomeTypes().codes();
            return codes.size() <= 12
                    ? String.join(", ", codes)
                    : String.join(", ", codes.subList(0, 12)) + ", … (" + codes.size() + ")";
        }
    }
}
