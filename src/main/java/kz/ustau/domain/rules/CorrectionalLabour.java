package kz.ustau.domain.rules;

import kz.ustau.domain.money.Tenge;

/**
 * A correctional-labour sentence (RULES §11.1; Criminal Code art. 42 [L]): the court's share of pay, 10 to 50 %, to
 * the budget each month of the sentence. The writs are worked out from the full earnings before it — «взыскание по
 * исполнительным документам должно производиться из полной суммы заработка без учета удержаний, произведенных по
 * приговору» (Law art. 96(1) [L]) — so it never enters their base and never reduces them; the sentence is executed
 * whole, from what the writs leave of the base [A: the share is of the base of RULES §3].
 *
 * <p>[A] {@code correctional.in_limit} (default {@code true}): what it takes counts against the half of the base the
 * agreements and the employer's own deductions share, so that they, not the debtor, give way.
 */
public final class CorrectionalLabour {
    private CorrectionalLabour() {}

    /** What the sentence takes: its demand, never more than the base less what the writs and their fees took. */
    public static Tenge withheld(Tenge demand, Tenge base, Tenge writsTook) {
        return demand.min(base.minus(writsTook).atLeastZero());
    }

    /** Whether a share is one a sentence may set: from 1/10 to 1/2 of pay (Criminal Code art. 42(1)). */
    public static boolean shareAllowed(kz.ustau.domain.money.Share share) {
        // n/d within [1/10, 1/2]: 10n ≥ d and 2n ≤ d
        return 10L * share.numerator() >= share.denominator() && 2L * share.numerator() <= share.denominator();
    }
}
