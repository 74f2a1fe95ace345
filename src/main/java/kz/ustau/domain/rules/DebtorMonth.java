package kz.ustau.domain.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Debtor;

/**
 * One debtor's month, worked out and explainable (CONTRACT §5.1, §5.5): the base and the lines behind it, each active
 * writ's demand, the cap and the subsistence minimum, the allocation steps, the deductions and the dates.
 */
public record DebtorMonth(
        Debtor debtor,
        YearMonth period,
        LocalDate payDate,
        LocalDate valueDate,
        LocalDate transferDue,
        DeductionBase.Result base,
        Tenge cap,
        Tenge pm,
        List<WritDemand.Demand> demands,
        PriorityAllocation.Outcome allocation,
        List<Deduction> deductions) {

    public Tenge withheldTotal() {
        return Tenge.sum(deductions.stream().map(Deduction::withheldTotal).toList());
    }

    public Tenge feeTotal() {
        return Tenge.sum(deductions.stream().map(Deduction::fee).toList());
    }

    /** What the debtor keeps of the base: never less than half (Law art. 95(1)). */
    public Tenge kept() {
        return base.base().minus(withheldTotal()).minus(feeTotal());
    }
}
