package kz.ustau.domain.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Debtor;

/**
 * One debtor's month, worked out and explainable (CONTRACT §5.1, §5.5): the base and the lines behind it, each active
 * writ's demand, the cap and the subsistence minimum, the allocation steps, the deductions and the dates; beside the
 * writs (RULES §11.1) the room the agreements had under the half ({@code agreementRoom}) and the employer's own claim.
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
        List<Deduction> deductions,
        Tenge agreementRoom,
        EmployerClaim employerClaim) {

    public Tenge withheldTotal() {
        return Tenge.sum(deductions.stream().map(Deduction::withheldTotal).toList());
    }

    public Tenge feeTotal() {
        return Tenge.sum(deductions.stream().map(Deduction::fee).toList());
    }

    /**
     * What the debtor keeps of the base: never less than half (Law art. 95(1); Labour Code art. 115(3)), unless a
     * correctional-labour sentence takes its share beside the writs (Law art. 96(1), RULES §11.1).
     */
    public Tenge kept() {
        return base.base().minus(withheldTotal()).minus(feeTotal()).minus(employerClaim.deducted());
    }

    /** What the one limit of half the base holds (RULES §5.1, §11.1): all but the correctional-labour deductions. */
    public Tenge withinHalf() {
        Tenge sum = feeTotal().plus(employerClaim.deducted());
        for (Deduction d : deductions) {
            if (!d.writ().kind().isCorrectional()) {
                sum = sum.plus(d.withheldTotal());
            }
        }
        return sum;
    }
}
