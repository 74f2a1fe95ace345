package kz.ustau.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kz.ustau.domain.money.Rounding;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.Writ;

/**
 * What a writ asks for in a period, before the limits (RULES §4; MFC arts. 139, 141, 173; Law art. 93(2)). A periodic
 * writ asks for its current sum (a share of the base, rounded down, and/or a fixed sum: MRP multiples at the MRP in
 * force on the first day of the period, fixed tenge alimony indexed to the MRP, both rounded half-up) and for its
 * debt, limited by {@code debt_share}. Any other writ asks only for its debt, at the resolution's monthly rate.
 */
public final class WritDemand {
    private WritDemand() {}

    public static Demand of(Writ writ, YearMonth period, Tenge base, MrpTable mrp, Settings settings) {
        Status status = status(writ, period);
        if (status == Status.INACTIVE) {
            return new Demand(
                    writ,
                    status,
                    Optional.empty(),
                    Optional.empty(),
                    Tenge.ZERO,
                    writ.debt(),
                    Tenge.ZERO,
                    Optional.empty());
        }
        Optional<Tenge> sharePart = writ.share().map(s -> s.of(base, Rounding.SHARE));
        Optional<FixedPart> fixedPart = writ.fixed().map(f -> fixed(writ, f, period, mrp, settings));
        Tenge rate = sharePart
                .orElse(Tenge.ZERO)
                .plus(fixedPart.map(FixedPart::amount).orElse(Tenge.ZERO));
        if (status == Status.COLLECTING) {
            boolean hasRate = sharePart.isPresent() || fixedPart.isPresent();
            Tenge debtDemand = hasRate ? rate.min(writ.debt()) : writ.debt();
            return new Demand(
                    writ, status, sharePart, fixedPart, Tenge.ZERO, writ.debt(), debtDemand, Optional.empty());
        }
        Optional<Tenge> debtLimit = writ.debtShare().map(s -> s.of(base, Rounding.SHARE));
        Tenge debtDemand = debtLimit.map(limit -> limit.min(writ.debt())).orElse(writ.debt());
        if (status == Status.DEBT_ONLY) {
            return new Demand(
                    writ, status, Optional.empty(), Optional.empty(), Tenge.ZERO, writ.debt(), debtDemand, debtLimit);
        }
        return new Demand(writ, status, sharePart, fixedPart, rate, writ.debt(), debtDemand, debtLimit);
    }

    /** Whether and how the writ takes part in {@code period} (RULES §4). */
    public static Status status(Writ writ, YearMonth period) {
        if (period.isBefore(writ.startPeriod())) {
            return Status.INACTIVE;
        }
        if (!writ.kind().periodic()) {
            return writ.debt().isPositive() ? Status.COLLECTING : Status.INACTIVE;
        }
        if (writ.currentIn(period)) {
            return Status.CURRENT;
        }
        return writ.debt().isPositive() ? Status.DEBT_ONLY : Status.INACTIVE;
    }

    private static FixedPart fixed(Writ writ, FixedSum sum, YearMonth period, MrpTable mrp, Settings settings) {
        LocalDate first = period.atDay(1);
        if (sum instanceof FixedSum.InMrp inMrp) {
            Tenge rate = mrp.on(first).mrp();
            return new FixedPart.Mrp(
                    inMrp.multiple(), rate, Tenge.rounded(rate.amount().multiply(inMrp.multiple()), Rounding.MRP));
        }
        Tenge perMonth = ((FixedSum.InTenge) sum).perMonth();
        if (writ.kind().isSupport() && settings.indexFixed()) {
            LocalDate since = writ.indexBase();
            Tenge now = mrp.on(first).mrp();
            Tenge then = mrp.on(since).mrp();
            BigDecimal exact = perMonth.amount()
                    .multiply(now.amount())
                    .divide(then.amount(), Rounding.INTERMEDIATE_SCALE, Rounding.MRP);
            return new FixedPart.Indexed(perMonth, since, then, now, Tenge.rounded(exact, Rounding.MRP));
        }
        return new FixedPart.AsWritten(perMonth);
    }

    /** How a writ takes part in a period. */
    public enum Status {
        /** Before its start, or done: no line. */
        INACTIVE,
        /** A periodic writ in its months: current demand and debt. */
        CURRENT,
        /** A periodic writ after its end period with debt left: the debt alone (the booklet: the case ends at 18 only when nothing is owed). */
        DEBT_ONLY,
        /** A writ that is not periodic, collecting its debt at the resolution's rate. */
        COLLECTING
    }

    /** The fixed part of a demand and how it was reached. */
    public sealed interface FixedPart {
        Tenge amount();

        /** {@code multiple} × MRP in force on the first day of the period, rounded half-up. */
        record Mrp(BigDecimal multiple, Tenge mrp, Tenge amount) implements FixedPart {}

        /** MFC art. 173: {@code sum × MRP(period) / MRP(since)}, rounded half-up. */
        record Indexed(Tenge sum, LocalDate since, Tenge mrpThen, Tenge mrpNow, Tenge amount) implements FixedPart {}

        /** A fixed tenge sum as written (not alimony, or indexation switched off). */
        record AsWritten(Tenge amount) implements FixedPart {}
    }

    /**
     * A writ's demand in a period: {@code current} for this month, {@code debtDemand} on what was owed before
     * ({@code debtBefore}), with the parts it was built from.
     */
    public record Demand(
            Writ writ,
            Status status,
            Optional<Tenge> sharePart,
            Optional<FixedPart> fixedPart,
            Tenge current,
            Tenge debtBefore,
            Tenge debtDemand,
            Optional<Tenge> debtLimit) {}
}
