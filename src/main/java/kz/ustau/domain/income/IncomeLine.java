package kz.ustau.domain.income;

import java.time.LocalDate;
import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/**
 * One accrual or deduction of a payroll line (есептеу / начисление или удержание), already typed by the catalogue.
 * A negative amount is a reversal (storno). {@code origin} says where it came from ("payroll.csv:12"), for the
 * explanation.
 */
public record IncomeLine(String employeeId, IncomeType type, Tenge amount, LocalDate payDate, String origin) {
    public IncomeLine {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payDate, "payDate");
        Objects.requireNonNull(origin, "origin");
    }
}
