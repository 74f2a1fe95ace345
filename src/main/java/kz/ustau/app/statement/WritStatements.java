package kz.ustau.app.statement;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.WritRecord;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.PayrollReader;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritStatus;

/**
 * Builds a {@link WritStatement} from the ledger, inside one of its transactions (issue 16; RULES §9.1): the months
 * of the range one by one, each from the writ's stored line, the orders issued for it and the month's state; the
 * debtor's name from the last stored payroll of the range that has the writ (the registry holds only the IIN).
 */
public final class WritStatements {
    private final PayrollReader payrolls;
    /** The orders of each month already read, by writ: a report over many writs reads each month's orders once. */
    private final Map<YearMonth, Map<String, List<IssuedOrder>>> orders = new HashMap<>();

    public WritStatements(PayrollReader payrolls) {
        this.payrolls = payrolls;
    }

    private List<IssuedOrder> orders(Ledger.Transaction tx, YearMonth p, String writId) throws IOException {
        Map<String, List<IssuedOrder>> of = orders.get(p);
        if (of == null) {
            of = new HashMap<>();
            for (IssuedOrder o : tx.orders(p)) {
                of.computeIfAbsent(o.writId(), w -> new ArrayList<>()).add(o);
            }
            orders.put(p, of);
        }
        return of.getOrDefault(writId, List.of());
    }

    /** What to state: which writ, over which months, for whom. */
    public record Request(
            WritStatement.Kind kind,
            String writId,
            YearMonth from,
            YearMonth to,
            Employer employer,
            ReferenceTables tables,
            Optional<String> request,
            Optional<LocalDate> asOf,
            LocalDateTime now) {}

    /** The statement, or empty when the registry has no such writ. */
    public Optional<WritStatement> build(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        return build(tx, r, null);
    }

    /**
     * The same, the debtor's name taken from {@code names} (a report's one reading of the last payroll) instead of a
     * reading of its own; null: read it.
     */
    Optional<WritStatement> build(Ledger.Transaction tx, Request r, Map<IdNumber, String> names)
            throws IOException, InvalidInputException {
        Optional<RegistryCard> card = tx.writs().card(r.writId());
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        List<WritRecord> records = tx.writs().writs(List.of(r.writId()), r.tables(), Map.of(), problems);
        problems.throwIfAny();
        Writ writ = records.get(0).writ();
        Map<YearMonth, WritLine> lines = new TreeMap<>();
        tx.history(r.writId()).forEach(l -> lines.put(l.period(), l));
        Map<YearMonth, LedgerMonth> ledgerMonths = new TreeMap<>();
        tx.months().forEach(m -> ledgerMonths.put(m.period(), m));

        Tenge running = openingDebt(writ, lines, r.from());
        List<WritStatement.Month> months = new ArrayList<>();
        Optional<WritLine> last = Optional.empty();
        for (YearMonth p = r.from(); !p.isAfter(r.to()); p = p.plusMonths(1)) {
            Optional<WritLine> line = Optional.ofNullable(lines.get(p));
            LedgerMonth month = ledgerMonths.get(p);
            List<IssuedOrder> orders = month == null ? List.of() : orders(tx, p, r.writId());
            WritStatement.Why why = why(writ, card.get(), p, line, month);
            Tenge before = line.map(WritLine::debtBefore).orElse(running);
            Tenge after = line.map(WritLine::debtAfter).orElse(running);
            running = after;
            boolean provisional = month != null && month.status() != MonthStatus.LOCKED && line.isPresent();
            months.add(new WritStatement.Month(p, why, line, orders, before, after, provisional));
            if (line.isPresent()) {
                last = line;
            }
        }
        Optional<String> name = Optional.empty();
        if (names != null) {
            name = Optional.ofNullable(names.get(writ.debtorIin()));
        } else if (last.isPresent()) {
            name = debtorName(tx, last.get().period(), writ);
        }
        WritStatus status = card.get().entry().status();
        return Optional.of(new WritStatement(
                r.kind(),
                writ,
                status,
                r.employer(),
                name,
                last.map(WritLine::employeeId),
                r.from(),
                r.to(),
                months,
                r.request(),
                r.asOf(),
                r.now()));
    }

    /**
     * The quarterly report of RULES §9.1 (Law arts. 99, 102): for each bailiff (with his office),
     * one statement per writ it sent that is in force in the range or has a month in it, the debtors' names from one
     * reading of the ledger's last stored payroll.
     */
    public List<BailiffReport> reports(
            Ledger.Transaction tx,
            YearMonth from,
            YearMonth to,
            Employer employer,
            ReferenceTables tables,
            LocalDateTime now)
            throws IOException, InvalidInputException {
        Problems problems = new Problems();
        List<String> ids = tx.writs().list().stream().map(e -> e.writId()).toList();
        List<WritRecord> writs = tx.writs().writs(ids, tables, Map.of(), problems);
        problems.throwIfAny();
        java.util.Set<IdNumber> iins = new java.util.HashSet<>();
        writs.forEach(w -> iins.add(w.writ().debtorIin()));
        Map<IdNumber, String> names = new HashMap<>();
        new WritAnswers(payrolls).lookup(tx, iins).found().forEach((iin, e) -> names.put(iin, e.name()));
        Map<String, List<WritStatement>> byOffice = new TreeMap<>();
        for (WritRecord w : writs) {
            Writ writ = w.writ();
            if (!writ.kind().hasBailiff()) {
                continue; // an agreement or a sentence is reported to no bailiff (RULES §11.1)
            }
            Optional<WritStatement> s = build(
                    tx,
                    new Request(
                            WritStatement.Kind.STATEMENT,
                            writ.id(),
                            from,
                            to,
                            employer,
                            tables,
                            Optional.empty(),
                            Optional.empty(),
                            now),
                    names);
            if (s.isEmpty()
                    || s.get().months().stream()
                            .allMatch(m -> m.why() == WritStatement.Why.NOT_IN_FORCE
                                    || m.why() == WritStatement.Why.NOT_RUN
                                    || (m.line().isEmpty() && s.get().status() == WritStatus.ENDED))) {
                continue; // nothing of this writ in the range
            }
            // a private bailiff is an office of his own within a chamber, a state one answers for his own cases: the
            // report goes to each bailiff, named with his office
            String office = writ.bailiff().name()
                    + writ.bailiff().office().map(o -> ", " + o.given()).orElse("");
            byOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(s.get());
        }
        // a debtor no longer in the last payroll is named from the last month his writ has a line in, each such
        // month's payroll read once for all of them
        Map<YearMonth, java.util.Set<IdNumber>> unnamed = new TreeMap<>();
        for (List<WritStatement> statements : byOffice.values()) {
            for (WritStatement st : statements) {
                if (st.debtor().isEmpty()) {
                    lastLine(st).ifPresent(p -> unnamed.computeIfAbsent(p, k -> new java.util.HashSet<>())
                            .add(st.writ().debtorIin()));
                }
            }
        }
        Map<YearMonth, Map<IdNumber, String>> named = new HashMap<>();
        for (Map.Entry<YearMonth, java.util.Set<IdNumber>> e : unnamed.entrySet()) {
            named.put(e.getKey(), names(tx, e.getKey(), e.getValue()));
        }
        for (List<WritStatement> statements : byOffice.values()) {
            statements.replaceAll(st -> st.debtor().isPresent()
                    ? st
                    : lastLine(st)
                            .map(p -> named.getOrDefault(p, Map.of())
                                    .get(st.writ().debtorIin()))
                            .map(st::withDebtor)
                            .orElse(st));
        }
        List<BailiffReport> reports = new ArrayList<>();
        byOffice.forEach(
                (office, statements) -> reports.add(new BailiffReport(office, statements, employer, from, to, now)));
        return reports;
    }

    /**
     * The debt at the start of {@code from}: the first stored line from then on says what it was owed before; with none,
     * the last line before says what was left; with neither, the debt the writ was imported with.
     */
    private static Tenge openingDebt(Writ writ, Map<YearMonth, WritLine> lines, YearMonth from) {
        Tenge before = writ.debt();
        for (WritLine l : lines.values()) {
            if (!l.period().isBefore(from)) {
                return l.debtBefore();
            }
            before = l.debtAfter();
        }
        return before;
    }

    static WritStatement.Why why(
            Writ writ, RegistryCard card, YearMonth p, Optional<WritLine> line, LedgerMonth month) {
        if (line.isPresent()) {
            WritLine l = line.get();
            if (l.base().isZero() && l.withheld().isZero()) {
                return WritStatement.Why.NO_INCOME;
            }
            Tenge asked = l.demandCurrent().plus(l.demandDebt());
            return l.withheld().compareTo(asked) < 0 ? WritStatement.Why.LIMIT : WritStatement.Why.WITHHELD;
        }
        if (month == null) {
            return WritStatement.Why.NOT_RUN;
        }
        if (month.status() == MonthStatus.SKIPPED) {
            return WritStatement.Why.SKIPPED;
        }
        if (p.isBefore(writ.startPeriod())
                || (writ.kind().periodic() && writ.endPeriod().map(p::isAfter).orElse(false))) {
            return WritStatement.Why.NOT_IN_FORCE;
        }
        return card.suspendedIn(p) ? WritStatement.Why.SUSPENDED : WritStatement.Why.NOT_IN_PAYROLL;
    }

    private static Optional<YearMonth> lastLine(WritStatement s) {
        return s.months().stream()
                .filter(m -> m.line().isPresent())
                .map(WritStatement.Month::period)
                .reduce((a, b) -> b);
    }

    /** The full names of {@code iins} as the month's stored payroll gives them, read once through. */
    private Map<IdNumber, String> names(Ledger.Transaction tx, YearMonth period, java.util.Set<IdNumber> iins)
            throws IOException {
        Map<IdNumber, String> names = new HashMap<>();
        WritAnswers.employees(payrolls, tx, period, iins).forEach((iin, e) -> names.put(iin, e.name()));
        return names;
    }

    /** The debtor's full name as the month's stored payroll gives it. */
    private Optional<String> debtorName(Ledger.Transaction tx, YearMonth period, Writ writ) throws IOException {
        return Optional.ofNullable(
                names(tx, period, java.util.Set.of(writ.debtorIin())).get(writ.debtorIin()));
    }
}
