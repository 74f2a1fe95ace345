package kz.ustau.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kz.ustau.domain.money.Rounding;
import kz.ustau.domain.money.Tenge;

/**
 * The penalty a claimant may ask a court for when alimony is transferred late: 0.1 % of the unpaid sum for each day
 * of delay (MFC art. 171(1); RULES §7). Rounded half-up to the tiyn; it is an exposure, not a withholding.
 */
public final class LatePenalty {
    private static final BigDecimal RATE = new BigDecimal("0.001");

    private LatePenalty() {}

    /** Days after {@code due} up to {@code on}; zero when not late. */
    public static long daysLate(LocalDate due, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(due, on));
    }

    public static Tenge exposure(Tenge unpaid, LocalDate due, LocalDate on) {
        long days = daysLate(due, on);
        return Tenge.rounded(unpaid.amount().multiply(RATE).multiply(BigDecimal.valueOf(days)), Rounding.PENALTY);
    }
}
