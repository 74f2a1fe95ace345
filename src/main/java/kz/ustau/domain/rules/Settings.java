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
 * @param other how the month's other deductions share the one limit (RULES §11.1)
 */
public record Settings(
        BaseTax baseTax,
        boolean indexFixed,
        boolean queue1CurrentFirst,
        DayCount deadlineDays,
        Tenge transferFee,
        int answerDays,
        OtherDeductions other) {

    /** RULES §9.1's assumption: a writ is answered within three days of its receipt. */
    public static final int ANSWER_DAYS = 3;

    /** RULES.md's defaults. */
    public static final Settings DEFAULTS =
            new Settings(BaseTax.ALL, true, true, DayCount.CALENDAR, Tenge.ZERO, ANSWER_DAYS, OtherDeductions.DEFAULTS);

    /** The settings with the default handling of the other deductions. */
    public Settings(
            BaseTax baseTax,
            boolean indexFixed,
            boolean queue1CurrentFirst,
            DayCount deadlineDays,
            Tenge transferFee,
            int answerDays) {
        this(baseTax, indexFixed, queue1CurrentFirst, deadlineDays, transferFee, answerDays, OtherDeductions.DEFAULTS);
    }

    /** The settings with the default answer term. */
    public Settings(
            BaseTax baseTax, boolean indexFixed, boolean queue1CurrentFirst, DayCount deadlineDays, Tenge transferFee) {
        this(baseTax, indexFixed, queue1CurrentFirst, deadlineDays, transferFee, ANSWER_DAYS, OtherDeductions.DEFAULTS);
    }

    /** The same settings with {@code other} for the other deductions. */
    public Settings with(OtherDeductions other) {
        return new Settings(baseTax, indexFixed, queue1CurrentFirst, deadlineDays, transferFee, answerDays, other);
    }

    public Settings {
        if (answerDays < 1 || answerDays > 30) {
            throw new IllegalArgumentException("a writ is answered within 1 to 30 days, got " + answerDays);
        }
        Objects.requireNonNull(baseTax, "baseTax");
        Objects.requireNonNull(deadlineDays, "deadlineDays");
        Objects.requireNonNull(other, "other");
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

    /**
     * How the month's deductions beside the writs share the one limit (RULES §11.1), each where RULES.md marks its
     * reading [A] or [L].
     *
     * @param employerClaimsWithinCap the employer's own deductions take only the room the writs leave under half of the
     *     base (Labour Code art. 115(3); {@code employer_deductions.within_cap}, default {@code true})
     * @param agreementPartial a notarial agreement that does not fit whole under the half with the writs is withheld in
     *     part, up to the room left ({@code agreement.partial}, default {@code true}: the child gets what fits); with
     *     {@code false} it is withheld only when it fits whole, as MFC art. 166 reads word for word
     * @param correctionalInLimit the correctional-labour deduction counts against the half that the agreements and the
     *     employer's own deductions share ({@code correctional.in_limit}, default {@code true}: the debtor keeps more);
     *     it never reduces the writs (Law art. 96(1))
     */
    public record OtherDeductions(
            boolean employerClaimsWithinCap, boolean agreementPartial, boolean correctionalInLimit) {
        public static final OtherDeductions DEFAULTS = new OtherDeductions(true, true, true);
    }
}
