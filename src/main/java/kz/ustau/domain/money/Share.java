package kz.ustau.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of income set by a court or a bailiff (үлес / доля): 1/4, 1/3, 1/2, or any n/d with 0 < n <= d. */
public record Share(int numerator, int denominator) {
    public Share {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share is n/d with 0 < n <= d, got " + numerator + "/" + denominator);
        }
    }

    /** base × n / d, divided straight to the tiyn so that it is rounded exactly once. */
    public Tenge of(Tenge base, RoundingMode mode) {
        BigDecimal product = base.amount().multiply(BigDecimal.valueOf(numerator));
        return new Tenge(product.divide(BigDecimal.valueOf(denominator), 2, mode));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
