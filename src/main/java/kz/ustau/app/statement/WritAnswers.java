package kz.ustau.app.statement;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.WritRecord;
import kz.ustau.app.ledger.StoredPayroll;
import kz.ustau.app.port.Ledger;
import kz.ustau.app.port.PayrollReader;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.app.registry.RegistryCard;
import kz.ustau.app.registry.RegistryEntry;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.ledger.LedgerMonth;
import kz.ustau.domain.ledger.MonthStatus;
import kz.ustau.domain.rules.WritAnswerDeadline;
import kz.ustau.domain.writ.Writ;

/**
 * Proposes and builds the answers to writs on their arrival (issue 16; RULES §9.1 [A]). The proposal looks for the
 * debtor in the ledger's last stored payroll: not there, not employed; there with a dismissal date, dismissed; another
 * writ in the registry for the same debtor and the same enforcement case, a duplicate; else accepted, withheld from
 * the first month the ledger has not closed. A name or IIN that does not match is for the accountant to see: the
 * registry holds no debtor's name to compare.
 */
public final class WritAnswers {
    private final PayrollReader payrolls;

    public WritAnswers(PayrollReader payrolls) {
        this.payrolls = payrolls;
    }

    /** Who the last stored payroll says an employee is: name, personnel number, dismissal. */
    public record Employee(String name, String employeeId, Optional<LocalDate> dismissal) {}

    /** What the answer is proposed from: the payroll month looked in, and who of the debtors it has. */
    public record Lookup(Optional<YearMonth> month, Map<IdNumber, Employee> found) {}

    /** The debtors of {@code iins} as the last stored payroll has them; no month when the ledger has no payroll. */
    public Lookup lookup(Ledger.Transaction tx, Set<IdNumber> iins) throws IOException {
        Optional<YearMonth> last = Optional.empty();
        for (LedgerMonth m : tx.months()) {
            if (m.status() != MonthStatus.SKIPPED && !tx.payroll(m.period()).isEmpty()) {
                last = Optional.of(m.period());
            }
        }
        Map<IdNumber, Employee> found = last.isPresent() ? employees(payrolls, tx, last.get(), iins) : Map.of();
        return new Lookup(last, found);
    }

    /**
     * Who of {@code iins} the month's stored payroll has, read once through: a line with a dismissal date wins over one
     * without. What does not read is not reported here: the month was checked when it was run.
     */
    static Map<IdNumber, Employee> employees(
            PayrollReader payrolls, Ledger.Transaction tx, YearMonth period, Set<IdNumber> iins) throws IOException {
        Map<IdNumber, Employee> found = new HashMap<>();
        for (StoredPayroll p : tx.payroll(period)) {
            PayrollSource source = payrolls.open(
                    p.content(), p.name(), p.mapping(), Optional.empty(), Optional.of(period), Optional.empty());
            source.read(
                    line -> {
                        if (iins.contains(line.iin())) {
                            Employee before = found.get(line.iin());
                            if (before == null
                                    || (before.dismissal().isEmpty()
                                            && line.dismissalDate().isPresent())) {
                                found.put(
                                        line.iin(),
                                        new Employee(line.fullName(), line.employeeId(), line.dismissalDate()));
                            }
                        }
                    },
                    new Problems(),
                    w -> {});
        }
        return found;
    }

    /** The answer the facts propose for a writ, and the writ it duplicates when it does. */
    public record Proposal(WritAnswer.Answer answer, Optional<String> duplicateOf) {}

    public Proposal propose(Ledger.Transaction tx, Writ writ, Lookup lookup, ReferenceTables tables)
            throws IOException {
        List<String> others = tx.writs().list().stream()
                .filter(e -> !e.writId().equals(writ.id())
                        && e.debtorIin().equals(writ.debtorIin().digits()))
                .map(RegistryEntry::writId)
                .toList();
        if (!others.isEmpty()) {
            for (WritRecord other : tx.writs().writs(others, tables, Map.of(), new Problems())) {
                Writ o = other.writ();
                boolean sameCase = o.caseNumber().equals(writ.caseNumber())
                        || (o.writNumber().isPresent() && o.writNumber().equals(writ.writNumber()));
                if (sameCase && o.kind().code().equals(writ.kind().code())) {
                    return new Proposal(WritAnswer.Answer.DUPLICATE, Optional.of(o.id()));
                }
            }
        }
        if (lookup.month().isEmpty()) {
            return new Proposal(WritAnswer.Answer.ACCEPTED, Optional.empty());
        }
        Employee found = lookup.found().get(writ.debtorIin());
        if (found == null) {
            return new Proposal(WritAnswer.Answer.NOT_EMPLOYED, Optional.empty());
        }
        return new Proposal(
                found.dismissal().isPresent() ? WritAnswer.Answer.DISMISSED : WritAnswer.Answer.ACCEPTED,
                Optional.empty());
    }

    /** What to answer: a writ, and the answer when the accountant chose one (else the proposal). */
    public record Request(
            String writId,
            Optional<WritAnswer.Answer> as,
            Optional<String> duplicateOf,
            Optional<LocalDate> dismissedOn,
            Employer employer,
            ReferenceTables tables,
            LocalDateTime now) {}

    /** The answer, recorded in the registry (event {@code ANSWERED}); empty when there is no such writ. */
    public Optional<WritAnswer> answer(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        Optional<WritAnswer> a = letter(tx, r);
        if (a.isPresent()) {
            // the kind, and the writ a duplicate repeats: enough to make the same letter again
            tx.writs()
                    .answered(
                            r.writId(),
                            a.get().answer().name()
                                    + a.get().duplicateOf().map(d -> ":" + d).orElse(""),
                            r.now());
        }
        return a;
    }

    /**
     * The answer last recorded for a writ, made again from the ledger as it was given (its kind, its day), for the page
     * to download; empty when none was recorded.
     */
    public Optional<WritAnswer> recorded(
            Ledger.Transaction tx, String writId, Employer employer, ReferenceTables tables)
            throws IOException, InvalidInputException {
        Optional<RegistryCard> card = tx.writs().card(writId);
        Optional<RegistryCard.Event> last = card.flatMap(c -> c.events().stream()
                .filter(e -> e.event().equals("ANSWERED") && e.detail().isPresent())
                .reduce((a, b) -> b));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String detail = last.get().detail().orElseThrow();
        int colon = detail.indexOf(':');
        String name = colon < 0 ? detail : detail.substring(0, colon);
        Optional<String> duplicateOf = colon < 0 ? Optional.empty() : Optional.of(detail.substring(colon + 1));
        Optional<WritAnswer.Answer> kind = java.util.Arrays.stream(WritAnswer.Answer.values())
                .filter(k -> k.name().equals(name))
                .findFirst();
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return letter(
                tx,
                new Request(
                        writId,
                        kind,
                        duplicateOf,
                        Optional.empty(),
                        employer,
                        tables,
                        last.get().at()));
    }

    /** The answer's letter, without recording it. */
    private Optional<WritAnswer> letter(Ledger.Transaction tx, Request r) throws IOException, InvalidInputException {
        Optional<RegistryCard> card = tx.writs().card(r.writId());
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        List<WritRecord> records = tx.writs().writs(List.of(r.writId()), r.tables(), Map.of(), problems);
        problems.throwIfAny();
        Writ writ = records.get(0).writ();
        Lookup lookup = lookup(tx, Set.of(writ.debtorIin()));
        Proposal proposal = propose(tx, writ, lookup, r.tables());
        WritAnswer.Answer answer = r.as().orElse(proposal.answer());
        Optional<Employee> found = Optional.ofNullable(lookup.found().get(writ.debtorIin()));
        LocalDate received = card.get()
                .received()
                .map(LocalDateTime::toLocalDate)
                .orElse(r.now().toLocalDate());
        LocalDate due = WritAnswerDeadline.due(
                received, r.employer().settings(), r.tables().calendar());
        Optional<YearMonth> first = Optional.empty();
        if (answer == WritAnswer.Answer.ACCEPTED) {
            first = Optional.of(firstOpenMonth(tx, writ, received));
        }
        Optional<String> duplicateOf = r.duplicateOf().or(proposal::duplicateOf);
        WritAnswer a = new WritAnswer(
                answer,
                writ,
                r.employer(),
                found.map(Employee::name),
                found.map(Employee::employeeId),
                lookup.month(),
                first,
                r.dismissedOn().or(() -> found.flatMap(Employee::dismissal)),
                answer == WritAnswer.Answer.DUPLICATE ? duplicateOf : Optional.empty(),
                received,
                due,
                r.now());
        return Optional.of(a);
    }

    /**
     * The first month the writ will be withheld from: the month after the last one the ledger has closed (the month
     * it arrived in, for a ledger with none), or the writ's own first month when later.
     */
    static YearMonth firstOpenMonth(Ledger.Transaction tx, Writ writ, LocalDate received) throws IOException {
        YearMonth next = YearMonth.from(received);
        for (LedgerMonth m : tx.months()) {
            if (m.status().closed()) {
                next = m.period().plusMonths(1);
            }
        }
        return writ.startPeriod().isAfter(next) ? writ.startPeriod() : next;
    }
}
