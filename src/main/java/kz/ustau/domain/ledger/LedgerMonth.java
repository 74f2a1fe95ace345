package kz.ustau.domain.ledger;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One month as the ledger holds it: its status, the earlier month whose change made it stale, the note recorded with
 * it (why it was skipped or reopened), and whether any payment order has ever been issued for it.
 */
public record LedgerMonth(
        YearMonth period,
        MonthStatus status,
        Optional<YearMonth> staleSince,
        Optional<String> note,
        boolean ordersIssued) {
    public LedgerMonth {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(staleSince, "staleSince");
        Objects.requireNonNull(note, "note");
        if (status == MonthStatus.STALE && staleSince.isEmpty()) {
            throw new IllegalArgumentException("a stale month names the month that made it so: " + period);
        }
        if (staleSince.isPresent() && !staleSince.get().isBefore(period)) {
            throw new IllegalArgumentException(
                    "a month is made stale by an earlier one, got " + staleSince.get() + " for " + period);
        }
    }

    /** A month in {@code status}, never stale, no note, no order issued. */
    public static LedgerMonth of(YearMonth period, MonthStatus status) {
        return new LedgerMonth(period, status, Optional.empty(), Optional.empty(), false);
    }
}
