package kz.ustau.domain.writ;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a writ stops being withheld, in the law's terms (Law 261-IV arts. 46–47: the enforcement proceedings end or the
 * document is returned; MFC art. 169: alimony ends).
 */
public enum EndReason {
    /** The child came of age and no debt is left (MFC art. 169). */
    CHILD_CAME_OF_AGE_NO_DEBT,
    /** The sum to collect is paid in full. */
    PAID_IN_FULL,
    /** The child was adopted (MFC art. 169). */
    ADOPTION,
    /** The debtor died. */
    DEATH_OF_DEBTOR,
    /** The claimant died. */
    DEATH_OF_CLAIMANT,
    /** The parties settled (an agreement approved by the court). */
    SETTLEMENT,
    /** The act the writ enforces was annulled. */
    ACT_ANNULLED,
    /** The employer returned the writ to the bailiff (dismissal, or on the bailiff's demand). */
    RETURNED_TO_BAILIFF,
    /** The claimant withdrew the writ. */
    WITHDRAWN_BY_CLAIMANT,
    /** Another reason, given in the note. */
    OTHER;

    /** The reason of a code as the registry and the command line write it; empty for any other text. */
    public static Optional<EndReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
