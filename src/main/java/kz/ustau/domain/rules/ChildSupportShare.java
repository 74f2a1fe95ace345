package kz.ustau.domain.rules;

import kz.ustau.domain.money.Share;

/**
 * MFC art. 139 (RULES §4): alimony for minor children is 1/4 of income for one child, 1/3 for two, 1/2 for three or
 * more. A court may set another share (MFC art. 141), so a writ that differs is worth a warning, never an error.
 */
public final class ChildSupportShare {
    private ChildSupportShare() {}

    public static Share forChildren(int children) {
        if (children < 1) {
            throw new IllegalArgumentException("at least one child, got " + children);
        }
        return switch (children) {
            case 1 -> new Share(1, 4);
            case 2 -> new Share(1, 3);
            default -> new Share(1, 2);
        };
    }

    /** Whether {@code share} is the article's share for that many children (compared as fractions: 2/8 is 1/4). */
    public static boolean matches(Share share, int children) {
        Share expected = forChildren(children);
        return (long) share.numerator() * expected.denominator() == (long) expected.numerator() * share.denominator();
    }
}
