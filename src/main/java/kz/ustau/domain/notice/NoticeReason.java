package kz.ustau.domain.notice;

/** Why a writ goes back to the bailiff with a letter (RULES §9). */
public enum NoticeReason {
    /** The debtor left: notice within three days, writ returned (Law art. 93(4); MFC art. 167(1)). */
    DISMISSAL,
    /** A periodic writ reached its end period with nothing owed (the child came of age). */
    END_PERIOD,
    /** The sums awarded are collected in full (Law art. 93(2): «до полного взыскания присужденных сумм»). */
    DEBT_PAID,
    /**
     * The writ was ended between months for a reason the employer was told of (the bailiff's resolution to end or
     * return it, the claimant's withdrawal, a death, an adoption; Law arts. 46–47, 49), recorded in the registry with
     * the reason in the law's words: the writ goes back with what was withheld under it.
     */
    ENDED
}
