package kz.ustau.app.ledger;

import java.time.YearMonth;
import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/**
 * Money a locked month withheld by a writ and held, not transferred, because the writ gave no account to pay to
 * (RULES §11.1 [A]): what is still unpaid of it. It is paid with the first export after a new version of the writ
 * brings the details, in an order for its own month.
 */
public record HeldMoney(YearMonth period, String writId, String employeeId, Tenge amount) {
    public HeldMoney {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(writId, "writId");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("held money is a positive amount, got " + amount);
        }
    }
}
