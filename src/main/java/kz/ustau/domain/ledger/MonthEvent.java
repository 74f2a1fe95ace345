package kz.ustau.domain.ledger;

/** What happened to a month of the ledger, as its history records it (issue 13). */
public enum MonthEvent {
    /** Computed from a payroll and stored for review. */
    RUN,
    /** Computed again from the same payroll: nothing changed. */
    RUN_AGAIN,
    /** Computed and exported at once. */
    CLOSE,
    /** Exported: orders issued, locked. */
    EXPORT,
    /** Opened again, with the reason. */
    REOPEN,
    /** A payout on another date added to a locked month. */
    ADD,
    /** Passed over, with the reason. */
    SKIP,
    /** Made stale by a change of an earlier month. */
    STALE,
    /** Its files published into the folder recorded with them. */
    PUBLISHED
}
