package kz.ustau.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;

/**
 * The debtors' payroll lines kept for the month's computation, compactly (issue 21, decision #38): what one employee's
 * lines must agree on (CONTRACT §4.1: the IIN, the name and the dismissal columns) is kept once per employee, the
 * period, pay date and code of each line are shared instances, and the amount is kept in tiyn; a line costs about 48
 * bytes instead of the 400 its parsed cells take. The lines come back as {@link PayrollLine}s equal to those added.
 *
 * <p>Only lines that agreed with their employee's first line may be added: the identity kept is the first one's.
 */
final class DebtorLines {
    /** An employee's identity columns, the same on each of its lines. */
    private record Person(
            String employeeId,
            IdNumber iin,
            String fullName,
            Optional<LocalDate> dismissalDate,
            Optional<String> newEmployer,
            Optional<String> newAddress) {}

    /** One line without what its employee's other lines say too. */
    private record Kept(
            long row, Person person, YearMonth period, LocalDate payDate, String code, long tiyn, Tenge large) {
        Tenge amount() {
            return large != null ? large : Tenge.ofTiyn(tiyn);
        }
    }

    private final Map<IdNumber, List<Kept>> byDebtor = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();

    void add(PayrollLine line) {
        Person person = people.get(line.employeeId());
        if (person == null) {
            person = new Person(
                    line.employeeId(),
                    line.iin(),
                    line.fullName(),
                    line.dismissalDate(),
                    line.newEmployer(),
                    line.newAddress());
            people.put(line.employeeId(), person);
        }
        byDebtor.computeIfAbsent(person.iin(), k -> new ArrayList<>(4))
                .add(new Kept(
                        line.row(),
                        person,
                        share(line.period()),
                        share(line.payDate()),
                        share(line.code()),
                        fitsLong(line.amount())
                                ? line.amount().amount().unscaledValue().longValueExact()
                                : 0,
                        fitsLong(line.amount()) ? null : line.amount()));
    }

    /** The debtor's lines of {@code month}, in the order they were added. */
    List<PayrollLine> linesOf(IdNumber iin, YearMonth month) {
        List<PayrollLine> out = new ArrayList<>();
        for (Kept k : byDebtor.getOrDefault(iin, List.of())) {
            if (k.period().equals(month)) {
                Person p = k.person();
                out.add(new PayrollLine(
                        k.row(),
                        p.employeeId(),
                        p.iin(),
                        p.fullName(),
                        k.period(),
                        k.payDate(),
                        k.code(),
                        k.amount(),
                        p.dismissalDate(),
                        p.newEmployer(),
                        p.newAddress()));
            }
        }
        return out;
    }

    private static boolean fitsLong(Tenge amount) {
        return amount.amount().unscaledValue().bitLength() < 63;
    }

    /** One instance of each equal value: the few periods, pay dates and codes a month has. */
    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (shared.size() > 100_000) {
            return value;
        }
        return (T) shared.computeIfAbsent(value, v -> v);
    }
}
