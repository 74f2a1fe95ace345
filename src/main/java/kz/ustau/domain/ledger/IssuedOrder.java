package kz.ustau.domain.ledger;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/**
 * A payment order the ledger has issued (issue 13): its number, never used twice, the month and writ it pays for, the
 * amount, whether it corrects an earlier order of the month, and when it was issued (its document date).
 */
public record IssuedOrder(
        long number, YearMonth period, String writId, Tenge amount, boolean correction, LocalDateTime issuedAt) {
    public IssuedOrder {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(writId, "writId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (number < 1) {
            throw new IllegalArgumentException("order numbers start at 1, got " + number);
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an order moves a positive amount, got " + amount);
        }
    }
}
