package kz.ustau.domain.money;

import java.math.RoundingMode;

/** Every rounding rule of the engine, in one place (RULES §4–§6). */
public final class Rounding {
    /** A share of the base (and a debt share): down to the tiyn, so a 1/2 writ meets the half-of-base cap exactly. */
    public static final RoundingMode SHARE = RoundingMode.DOWN;
    /** A fixed sum in MRP and an MRP-indexed tenge sum: arithmetic rounding to the tiyn, once, at the end. */
    public static final RoundingMode MRP = RoundingMode.HALF_UP;
    /** A legal ceiling (half of the base): down, so the debtor never keeps less than the law says. */
    public static final RoundingMode CEILING = RoundingMode.DOWN;
    /** The part of the taxes that falls on attachable income (base.tax = PROPORTIONAL): arithmetic rounding. */
    public static final RoundingMode TAX_PART = RoundingMode.HALF_UP;
    /** The late-payment penalty exposure (MFC art. 171(1)): arithmetic rounding. */
    public static final RoundingMode PENALTY = RoundingMode.HALF_UP;
    /** Scale of exact intermediates (ratios of MRPs) before the single final rounding. */
    public static final int INTERMEDIATE_SCALE = 12;

    private Rounding() {}
}
