package kz.ustau.domain.rules;

import java.math.BigDecimal;
import kz.ustau.domain.money.Rounding;
import kz.ustau.domain.money.Tenge;

/**
 * Law 261-IV art. 95(1) (RULES §5.1): with one writ or several, the debtor keeps at least half of the base; the
 * ceiling is {@code base / 2} rounded down to the tiyn. There is no 70 % rule in Kazakhstan.
 */
public final class HalfOfBaseCap {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private HalfOfBaseCap() {}

    public static Tenge of(Tenge base) {
        return Tenge.rounded(base.amount().multiply(HALF), Rounding.CEILING);
    }
}
