package kz.ustau.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;

/**
 * One payroll line as a {@link kz.ustau.app.port.PayrollSource} read it, every cell already checked (CONTRACT §4.1):
 * where it came from ({@code row}, the start of the record), the employee, the period, the pay date, the code and the
 * amount, and the dismissal columns.
 */
public record PayrollLine(
        long row,
        String employeeId,
        IdNumber iin,
        String fullName,
        YearMonth period,
        LocalDate payDate,
        String code,
        Tenge amount,
        Optional<LocalDate> dismissalDate,
        Optional<String> newEmployer,
        Optional<String> newAddress) {
    public PayrollLine {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(payDate, "payDate");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
    }
}
