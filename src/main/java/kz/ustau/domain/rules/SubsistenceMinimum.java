package kz.ustau.domain.rules;

import kz.ustau.domain.money.Tenge;

/**
 * Law 261-IV art. 95(1) (RULES §5.2): writs that are not of a protected kind take only from what lies above the
 * subsistence minimum in force on the first day of the period, after what the protected writs took.
 */
public final class SubsistenceMinimum {
    private SubsistenceMinimum() {}

    /** The most all non-protected writs together may take: {@code max(0, base − protected withheld − PM)}. */
    public static Tenge room(Tenge base, Tenge protectedWithheld, Tenge pm) {
        return base.minus(protectedWithheld).minus(pm).atLeastZero();
    }
}
