package kz.ustau.domain.rules;

import java.util.List;

/**
 * A periodic writ with nothing withheld month after month (RULES §9.1; Law arts. 33(1)(1), 36(1)): unperformed for
 * more than three months, it puts the debtor under a travel ban and into the public register of debtors. The employer
 * is warned at the second month in a row, while telling the bailiff (art. 100) can still help, and told at the third
 * that the ban is due.
 */
public final class UnperformedWrit {
    /** The months in a row at which the employer is warned: the next one without withholding starts the ban. */
    public static final int WARN_AT = 2;

    /** The months in a row after which the ban is due. */
    public static final int BAN_AT = 3;

    private UnperformedWrit() {}

    /** What a run of months without withholding calls for. */
    public enum Risk {
        NONE,
        /** Two months in a row: the third starts a travel ban. */
        WARNING,
        /** Three months or more: the ban is due. */
        BAN
    }

    /**
     * The months in a row without withholding, counted back from this month: {@code withheld} holds, newest first,
     * whether anything was withheld in each month the writ was in force; the count stops at the first month withheld.
     */
    public static int monthsInARow(List<Boolean> withheld) {
        int n = 0;
        for (boolean w : withheld) {
            if (w) {
                break;
            }
            n++;
        }
        return n;
    }

    public static Risk risk(int monthsInARow) {
        if (monthsInARow >= BAN_AT) {
            return Risk.BAN;
        }
        return monthsInARow >= WARN_AT ? Risk.WARNING : Risk.NONE;
    }
}
