package kz.ustau.domain.ledger;

/**
 * Where a month of the ledger stands (issue 13; RULES §4: debts carry from month to month, so a month is only as good
 * as the one before it).
 */
public enum MonthStatus {
    /** Computed and stored for review (ашық / открыт): its figures can still change, its current orders not issued. */
    OPEN,
    /** Exported (жабық / закрыт): its orders issued, its closing debts what the next month starts from. */
    LOCKED,
    /**
     * Computed from an earlier month that has changed since (ескірген / устарел): it must be run again, in order, before
     * it can be exported.
     */
    STALE,
    /**
     * Deliberately passed over, with the reason recorded (өткізілген / пропущен): no payroll for it; the next month
     * starts from the debts before it.
     */
    SKIPPED;

    /** Whether a later month may be run after this one: it is locked or skipped. */
    public boolean closed() {
        return this == LOCKED || this == SKIPPED;
    }
}
