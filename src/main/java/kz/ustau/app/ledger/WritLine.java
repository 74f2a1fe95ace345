package kz.ustau.app.ledger;

import java.time.YearMonth;
import kz.ustau.domain.money.Tenge;

/**
 * One writ's line of a stored month: the base, what it asked for, what was withheld of the current demand and of the arrears, its debt before and after, and
 * what orders of that month paid (issue 5; {@code writs history}, the page's review), and what it held because the
 * writ gave no account to pay to (RULES §11.1), with the debtor's name as the month's payroll gave it (empty for months
 * stored before it was kept).
 */
public record WritLine(
        YearMonth period,
        String writId,
        String employeeId,
        Tenge base,
        Tenge demandCurrent,
        Tenge demandDebt,
        Tenge withheldCurrent,
        Tenge withheldDebt,
        Tenge debtBefore,
        Tenge debtAfter,
        Tenge paid,
        Tenge held,
        String debtorName) {
    /** What was withheld in all: of the current demand and of the arrears. */
    public Tenge withheld() {
        return withheldCurrent.plus(withheldDebt);
    }

    /** What of the held money no order has paid yet (RULES §11.1). */
    public Tenge stillHeld() {
        return held.min(withheld().minus(paid)).atLeastZero();
    }
}
