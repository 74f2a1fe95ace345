package kz.ustau.domain.reference;

import java.time.LocalDate;
import java.util.Objects;
import kz.ustau.domain.money.Tenge;

/**
 * One row of {@code mrp.csv}: from {@code from}, the monthly calculation index (АЕК / МРП), the subsistence minimum
 * (ең төменгі күнкөріс деңгейі / прожиточный минимум) and the minimum wage (ЕТЖ / МЗП).
 */
public record MrpRate(LocalDate from, Tenge mrp, Tenge pm, Tenge mzp) {
    public MrpRate {
        Objects.requireNonNull(from, "from");
        if (!mrp.isPositive() || !pm.isPositive() || !mzp.isPositive()) {
            throw new IllegalArgumentException("MRP, PM and MZP are positive, got " + mrp + ", " + pm + ", " + mzp);
        }
    }
}
