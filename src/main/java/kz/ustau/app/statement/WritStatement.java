package kz.ustau.app.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.ledger.WritLine;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;
import kz.ustau.domain.writ.WritStatus;

/**
 * One writ's months as the ledger holds them, month by month (RULES §9.1; Law arts. 99, 100, 102): what the base was,
 * what the writ asked for and what was withheld of it, of the current demand and of the arrears, whether the limit
 * bound, what was transferred by which order on which day, the debt at the start and the end of each month, and for a
 * month with nothing withheld, why. The same facts answer a bailiff's request ({@link Kind#REPLY}) and make the
 * employee's certificate ({@link Kind#CERTIFICATE}).
 *
 * @param debtor the debtor's full name as the last payroll of the range gives it, when one does
 * @param employeeId the debtor's personnel number in the last month of the range with a line
 * @param request the bailiff's request as the accountant cites it ({@code № 12 от 01.11.2026}), for a reply
 * @param asOf the day a certificate speaks of
 */
public record WritStatement(
        Kind kind,
        Writ writ,
        WritStatus status,
        Employer employer,
        Optional<String> debtor,
        Optional<String> employeeId,
        YearMonth from,
        YearMonth to,
        List<Month> months,
        Optional<String> request,
        Optional<LocalDate> asOf,
        LocalDateTime now) {

    public WritStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(writ, "writ");
        months = List.copyOf(months);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a statement's range ends before it starts: " + from + ".." + to);
        }
        if (kind == Kind.REPLY && request.isEmpty()) {
            throw new IllegalArgumentException("a reply names the request it answers");
        }
        if (kind == Kind.CERTIFICATE && asOf.isEmpty()) {
            throw new IllegalArgumentException("a certificate names the day it speaks of");
        }
    }

    /** The same statement naming the debtor {@code name}. */
    public WritStatement withDebtor(String name) {
        return new WritStatement(
                kind, writ, status, employer, Optional.of(name), employeeId, from, to, months, request, asOf, now);
    }

    /** What the letter is. */
    public enum Kind {
        /** A statement for the bailiff's quarterly check (art. 102) or the arrears he fixes (art. 99). */
        STATEMENT,
        /** A reply to the bailiff's request for information (art. 100). */
        REPLY,
        /** The employee's certificate of the arrears on a day (art. 33(4)(2)). */
        CERTIFICATE
    }

    /** Why a month reads as it does. */
    public enum Why {
        /** Withheld as the writ asked. */
        WITHHELD,
        /** Withheld less than asked: the limit of RULES §5 bound (half of the base, the order among writs). */
        LIMIT,
        /** In the payroll with no income the writ is withheld from (unpaid leave, no accruals). */
        NO_INCOME,
        /** Not in the month's payroll: not employed that month, or no pay at all. */
        NOT_IN_PAYROLL,
        /** Suspended in the registry at the time. */
        SUSPENDED,
        /** Before the writ's first month or after its last. */
        NOT_IN_FORCE,
        /** The ledger has no such month: it was never run. */
        NOT_RUN,
        /** The month was passed over in the ledger, with its reason. */
        SKIPPED
    }

    /**
     * One month: its ledger line when the writ was computed in it, the orders issued for it, and the debt before and
     * after (carried unchanged through a month with no line: the arrears of such a month are the bailiff's to fix,
     * Law art. 99). {@code provisional} when the month is not locked yet: its figures may still change.
     */
    public record Month(
            YearMonth period,
            Why why,
            Optional<WritLine> line,
            List<IssuedOrder> orders,
            Tenge debtBefore,
            Tenge debtAfter,
            boolean provisional) {
        public Month {
            orders = List.copyOf(orders);
        }

        public Tenge base() {
            return line.map(WritLine::base).orElse(Tenge.ZERO);
        }

        public Tenge demandCurrent() {
            return line.map(WritLine::demandCurrent).orElse(Tenge.ZERO);
        }

        public Tenge withheldCurrent() {
            return line.map(WritLine::withheldCurrent).orElse(Tenge.ZERO);
        }

        public Tenge demandDebt() {
            return line.map(WritLine::demandDebt).orElse(Tenge.ZERO);
        }

        public Tenge withheldDebt() {
            return line.map(WritLine::withheldDebt).orElse(Tenge.ZERO);
        }

        public Tenge withheld() {
            return withheldCurrent().plus(withheldDebt());
        }

        /** What the month's orders moved to the claimant. */
        public Tenge transferred() {
            return orders.stream().map(IssuedOrder::amount).reduce(Tenge.ZERO, Tenge::plus);
        }
    }

    public Tenge withheldCurrent() {
        return months.stream().map(Month::withheldCurrent).reduce(Tenge.ZERO, Tenge::plus);
    }

    public Tenge withheldDebt() {
        return months.stream().map(Month::withheldDebt).reduce(Tenge.ZERO, Tenge::plus);
    }

    public Tenge withheld() {
        return withheldCurrent().plus(withheldDebt());
    }

    public Tenge transferred() {
        return months.stream().map(Month::transferred).reduce(Tenge.ZERO, Tenge::plus);
    }

    /** The debt at the start of the range. */
    public Tenge debtAtStart() {
        return months.isEmpty() ? writ.debt() : months.get(0).debtBefore();
    }

    /** The debt at the end of the range: what a certificate states. */
    public Tenge debtAtEnd() {
        return months.isEmpty() ? writ.debt() : months.get(months.size() - 1).debtAfter();
    }

    /** The months with nothing withheld while the writ was in force: a periodic writ's arrears the bailiff fixes. */
    public List<Month> unwithheld() {
        return months.stream()
                .filter(m -> m.why() != Why.NOT_IN_FORCE
                        && m.why() != Why.NOT_RUN
                        && m.withheld().isZero())
                .toList();
    }
}
