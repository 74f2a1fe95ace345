package kz.ustau.domain.ledger;

import java.time.LocalDateTime;
import java.time.YearMonth;
import kz.ustau.domain.money.Tenge;

/**
 * What earlier orders of a month paid a writ's payee over what the month, computed again, withholds (RULES §9.1; MFC
 * art. 172): recorded and reported when found, never taken back from later months.
 */
public record Overpayment(YearMonth period, String writId, Tenge amount, LocalDateTime foundAt) {
    public Overpayment {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an overpayment is positive, got " + amount + " on " + writId);
        }
    }
}
