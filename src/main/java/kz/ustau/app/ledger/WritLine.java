package kz.ustau.app.ledger;

import java.time.YearMonth;
import kz.ustau.domain.money.Tenge;

/**
 * One writ's line of a stored month: the base, what it asked for, what was withheld of the current demand and of the arrears, its debt before and after, and
 * what orders of that month paid (issue 5; {@code writs history}, the page's review).
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
        Tenge paid) {
    /** What was withheld in all: of the current demand and of the arrears. */
    public Tenge withheld() {
        return withheldCurrent.plus(withheldDebt);
    }
}
