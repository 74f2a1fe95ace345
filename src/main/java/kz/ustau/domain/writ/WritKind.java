package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of claim and its place in the order of Law arts. 110–112 (RULES §1, §6; one row of {@code priority.csv}):
 * its queue (1–5), whether it asks for a sum every month (periodic) and whether it is protected from the
 * subsistence-minimum rule (Law art. 95(1)). Two kinds stand outside that order (queue 0, RULES §11.1): a notarial
 * alimony agreement ({@link #AGREEMENT}) and a correctional-labour sentence ({@link #CORRECTIONAL}).
 */
public record WritKind(String code, int queue, boolean periodic, boolean protectedKind, String basis) {
    /** Alimony (алимент / алименты): the support kinds of RULES §1, indexed to the MRP and paid with their own KNP. */
    private static final Set<String> SUPPORT =
            Set.of("CHILD_SUPPORT", "SPOUSE_SUPPORT", "RELATIVE_SUPPORT", "AGREEMENT");

    /**
     * A notarial alimony agreement (нотариат куәландырған алимент төлеу туралы келісім / нотариальное соглашение об уплате
     * алиментов; MFC arts. 158, 165, 166, RULES §11.1): withheld by the employer without a bailiff, after the writs, and
     * only within the half of the base the writs leave; alimony for its KNP, purpose and penalty.
     */
    public static final WritKind AGREEMENT = new WritKind(
            "AGREEMENT",
            0,
            true,
            true,
            "MFC arts. 158, 165, 166 (a notarial alimony agreement: after the writs, within 50 %; RULES §11.1)");

    /**
     * A correctional-labour sentence (түзеу жұмыстары / исправительные работы; Criminal Code art. 42, RULES §11.1): a
     * share of pay to the budget by the court's sentence, executed whole; the writs are worked out from the full
     * earnings before it (Law art. 96(1)).
     */
    public static final WritKind CORRECTIONAL = new WritKind(
            "CORRECTIONAL",
            0,
            true,
            false,
            "Criminal Code art. 42 (correctional labour: a share of pay to the budget; writs from the full earnings, Law"
                    + " art. 96(1); RULES §11.1)");

    public WritKind {
        Objects.requireNonNull(code, "code");
        if (queue < 0
                || queue > 5
                || (queue == 0 && !Set.of("AGREEMENT", "CORRECTIONAL").contains(code))) {
            throw new IllegalArgumentException("a queue is 1 to 5, got " + queue + " for " + code);
        }
    }

    /** Whether this is a notarial alimony agreement (RULES §11.1), by its code. */
    public boolean isAgreement() {
        return code.equals("AGREEMENT");
    }

    /** Whether this is a correctional-labour sentence (RULES §11.1), by its code. */
    public boolean isCorrectional() {
        return code.equals("CORRECTIONAL");
    }

    /** Whether this kind stands outside the order of Law arts. 110–112: an agreement or a sentence (RULES §11.1). */
    public boolean outsideOrder() {
        return queue == 0;
    }

    /** Whether a bailiff holds this kind's enforcement case: not for an agreement or a sentence (RULES §11.1). */
    public boolean hasBailiff() {
        return !outsideOrder();
    }

    /** Whether this is alimony (RULES §1: child, spouse or relative support). */
    public boolean isSupport() {
        return isSupport(code);
    }

    /** Whether a kind's code is alimony's (RULES §1). */
    public static boolean isSupport(String code) {
        return SUPPORT.contains(code);
    }
}
