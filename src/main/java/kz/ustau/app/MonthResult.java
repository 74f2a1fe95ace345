package kz.ustau.app;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.notice.WritNotice;
import kz.ustau.domain.payment.PaymentOrder;

/**
 * The monthly job's result (CONTRACT §5): every debtor's month in {@code employee_id} order, the payment orders, the
 * letters owed to bailiffs, the warnings, with a ledger each writ's total withheld since it arrived
 * ({@code withheldToDate}, empty without one), and what the outputs need to say it (the employer, the time of the run, the languages);
 * {@code employerClaims} are the employer's own deductions asked for this month, in {@code employee_id} order, with what
 * fits of each under the one limit (RULES §11.1).
 */
public record MonthResult(
        YearMonth period,
        Employer employer,
        DebtorMonths debtors,
        List<PaymentOrder> payments,
        List<WritNotice> notices,
        List<Warning> warnings,
        LocalDateTime now,
        List<Locale> languages,
        ReferenceTables tables,
        Map<String, Tenge> withheldToDate,
        List<EmployerClaimLine> employerClaims) {
    /** A month without the employer's own deductions (RULES §11.1). */
    public MonthResult(
            YearMonth period,
            Employer employer,
            DebtorMonths debtors,
            List<PaymentOrder> payments,
            List<WritNotice> notices,
            List<Warning> warnings,
            LocalDateTime now,
            List<Locale> languages,
            ReferenceTables tables,
            Map<String, Tenge> withheldToDate) {
        this(period, employer, debtors, payments, notices, warnings, now, languages, tables, withheldToDate, List.of());
    }

    public MonthResult {
        employerClaims = List.copyOf(employerClaims);
        withheldToDate = Map.copyOf(withheldToDate);
        java.util.Objects.requireNonNull(debtors, "debtors");
        payments = List.copyOf(payments);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
        languages = List.copyOf(languages);
    }
}
