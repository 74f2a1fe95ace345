package kz.ustau.domain.rules;

import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/**
 * The employer's choices where RULES.md marks a rule as our assumption [A], each with the default RULES.md gives.
 *
 * @param baseTax which taxes come off the base (RULES §3, {@code base.tax})
 * @param indexFixed whether a fixed tenge alimony is indexed to the MRP (RULES §4, MFC art. 173, {@code index.fixed})
 * @param queue1CurrentFirst whether queue 1 serves current periodic demands before everything else in it (RULES §6,
 *     {@code queue1.current_first})
 * @param deadlineDays how the three days to transfer and to notify are counted (RULES §7, {@code deadline.days})
 * @param transferFee the bank fee per transfer withheld from the debtor on top of the writ (RULES §7,
 *     {@code transfer.fee})
 * @param answerDays the days within which a writ that arrives is answered, accepted or returned (RULES §9.1 [A],
 *     {@code writ.answer.days}), counted as {@code deadlineDays}
 */
public record Settings(
        BaseTax baseTax,
        boolean indexFixed,
        boolean queue1CurrentFirst,
        DayCount deadlineDays,
        Tenge transferFee,
        int answerDays) {

    /** RULES §9.1's assumption: a writ is answered within three days of its receipt. */
    public static final int ANSWER_DAYS = 3;

    /** RULES.md's defaults. */
    public static final Settings DEFAULTS =
            new Settings(BaseTax.ALL, true, true, DayCount.CALENDAR, Tenge.ZERO, ANSWER_DAYS);

    /** The settings with the default answer term. */
    public Settings(
            BaseTax baseTax, boolean indexFixed, boolean queue1CurrentFirst, DayCount deadlineDays, Tenge transferFee) {
        this(baseTax, indexFixed, queue1CurrentFirst, deadlineDays, transferFee, ANSWER_DAYS);
    }

    public Settings {
        if (answerDays < 1 || answerDays > 30) {
            throw new IllegalArgumentException("a writ is answered within 1 to 30 days, got " + answerDays);
        }
        Objects.requireNonNull(baseTax, "baseTax");
        Objects.requireNonNull(deadlineDays, "deadlineDays");
        if (transferFee.isNegative()) {
            throw new IllegalArgumentException("a transfer fee is never negative, got " + transferFee);
        }
    }

    /** RULES §3: subtract all of the period's taxes, or only the part that falls on attachable income. */
    public enum BaseTax {
        ALL,
        PROPORTIONAL
    }

    /** RULES §7: three calendar days (the last moved to a working day), or three working days. */
    public enum DayCount {
        CALENDAR,
        WORKING
    }
}
