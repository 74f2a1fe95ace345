package kz.ustau.domain.rules;

import java.util.List;
import java.util.Objects;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Tenge;

/**
 * The employer's own deduction of a month (RULES §11.1; Labour Code art. 115(2) [L]: an unreturned advance, an advance
 * for days not worked, a training cost), asked for with payroll lines of code {@value #CODE}: it shares one limit with
 * the writs, «общий размер ежемесячного удержания не может превышать пятьдесят процентов» (art. 115(3) [L]), so it
 * takes only the room the writs leave under half of the base (RULES §5.1) and never anything of the writs' share; what
 * does not fit stays the employer's claim ({@link #remaining()}), reported, for a later month or the employer's own
 * recovery.
 *
 * <p>[A] {@code employer_deductions.within_cap} (default {@code true}): with {@code false} the employer reads art. 115(3)
 * as a limit on its own deductions alone, so the claim takes up to half of the base whatever the writs took, never more
 * than the debtor has left; the writs are still never reduced by it.
 *
 * @param claimed what the employer asked to deduct this month (its lines summed, never below zero)
 * @param inLimit what the writs, their fees, the agreements and, by {@code correctional.in_limit}, the sentences took
 *     of the one limit before the claim
 * @param room what the one limit leaves for it after the writs, their fees and the agreements
 * @param deducted what is deducted: the claim, or the room when the claim is larger
 * @param withinCap whether the claim was fitted under the one limit ({@code employer_deductions.within_cap})
 */
public record EmployerClaim(Tenge claimed, Tenge inLimit, Tenge room, Tenge deducted, boolean withinCap) {
    /** The payroll code of the employer's own deduction asked for this month ({@code income-codes.csv}). */
    public static final String CODE = "EMPLOYER_CLAIM";

    /** No claim this month. */
    public static final EmployerClaim NONE = new EmployerClaim(Tenge.ZERO, Tenge.ZERO, Tenge.ZERO, Tenge.ZERO, true);

    public EmployerClaim {
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(inLimit, "inLimit");
        Objects.requireNonNull(deducted, "deducted");
        if (claimed.isNegative() || room.isNegative() || deducted.isNegative()) {
            throw new IllegalArgumentException("an employer's claim, its room and its deduction are never negative");
        }
        if (deducted.isGreaterThan(claimed) || deducted.isGreaterThan(room)) {
            throw new IllegalArgumentException("an employer's claim never deducts more than it asks or than fits");
        }
    }

    /** What the month's lines of code {@value #CODE} ask for: their sum, never below zero. */
    public static Tenge asked(List<IncomeLine> lines) {
        Tenge sum = Tenge.ZERO;
        for (IncomeLine l : lines) {
            if (l.type().code().equals(CODE)) {
                sum = sum.plus(l.amount());
            }
        }
        return sum.atLeastZero();
    }

    /** Whether any of the lines is an employer's claim, even one of nothing. */
    public static boolean isAsked(List<IncomeLine> lines) {
        return lines.stream().anyMatch(l -> l.type().code().equals(CODE));
    }

    /**
     * Fits {@code claimed} into what is left: under {@code cap} after {@code inLimit} (what the writs, their fees, the
     * agreements and, by {@code correctional.in_limit}, the sentences took of it), or, when not {@code withinCap},
     * under the cap on its own; never more than {@code leftOfBase}, what the debtor has left after everything else.
     */
    public static EmployerClaim fit(Tenge claimed, Tenge cap, Tenge inLimit, Tenge leftOfBase, boolean withinCap) {
        Tenge room = (withinCap ? cap.minus(inLimit).atLeastZero() : cap).min(leftOfBase.atLeastZero());
        return new EmployerClaim(claimed, inLimit, room, claimed.min(room), withinCap);
    }

    /** What does not fit this month and stays the employer's claim. */
    public Tenge remaining() {
        return claimed.minus(deducted);
    }

    /** Whether the limit held part of the claim back. */
    public boolean cut() {
        return remaining().isPositive();
    }
}
