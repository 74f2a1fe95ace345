package kz.ustau.domain.rules;

import java.util.Objects;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;

/**
 * What one writ takes from one debtor in one period (ұстап қалу / удержание), one line of {@code deductions.csv}
 * (CONTRACT §5.1): the demand before the limits, what was withheld of it, and the debt before and after, where
 * {@code debtAfter = debtBefore + (demandCurrent − withheldCurrent) − withheldDebt}. {@code fee} is the bank fee
 * withheld on top ({@code transfer.fee}), never part of the writ's sum.
 */
public record Deduction(
        Writ writ,
        WritDemand.Status status,
        Tenge base,
        Tenge demandCurrent,
        Tenge demandDebt,
        Tenge withheldCurrent,
        Tenge withheldDebt,
        Tenge debtBefore,
        Tenge fee) {
    public Deduction {
        Objects.requireNonNull(writ, "writ");
        if (withheldCurrent.isGreaterThan(demandCurrent) || withheldDebt.isGreaterThan(demandDebt)) {
            throw new IllegalStateException("writ " + writ.id() + " withheld more than it asked for");
        }
        if (withheldCurrent.isNegative() || withheldDebt.isNegative() || fee.isNegative()) {
            throw new IllegalStateException("writ " + writ.id() + " withheld a negative amount");
        }
    }

    public Tenge withheldTotal() {
        return withheldCurrent.plus(withheldDebt);
    }

    /**
     * What is withheld and held, not transferred, because the writ gives no account to pay to (RULES §11.1 [A]); zero
     * for a writ that has one.
     */
    public Tenge held() {
        return writ.account().isEmpty() ? withheldTotal() : Tenge.ZERO;
    }

    public Tenge debtAfter() {
        return debtBefore.plus(demandCurrent.minus(withheldCurrent)).minus(withheldDebt);
    }

    /** What this month adds to the debt: the current demand the limits held back. */
    public Tenge shortfall() {
        return demandCurrent.minus(withheldCurrent);
    }
}
