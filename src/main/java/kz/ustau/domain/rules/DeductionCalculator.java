package kz.ustau.domain.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.reference.WorkingCalendar;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.Writ;

/**
 * One debtor's month from start to end (RULES §3–§7): the base, each active writ's demand, the half-of-base cap, the
 * queues with the subsistence minimum, the deductions with their debts, the transfer fee and the dates. Pure: the
 * same inputs give the same month.
 */
public final class DeductionCalculator {
    private final MrpTable mrp;
    private final WorkingCalendar calendar;
    private final Settings settings;

    public DeductionCalculator(MrpTable mrp, WorkingCalendar calendar, Settings settings) {
        this.mrp = mrp;
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * Works out the month of a debtor who has at least one line in it. {@code writs} are the debtor's writs; the ones
     * not active in the period are left out of the result (RULES §4).
     */
    public DebtorMonth calculate(Debtor debtor, YearMonth period, List<IncomeLine> lines, List<Writ> writs) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a debtor's month needs at least one payroll line");
        }
        LocalDate payDate = lines.stream()
                .map(IncomeLine::payDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        DeductionBase.Result base = DeductionBase.of(lines, settings.baseTax());
        Tenge cap = HalfOfBaseCap.of(base.base());
        Tenge pm = mrp.on(period.atDay(1)).pm();

        List<WritDemand.Demand> demands = writs.stream()
                .sorted(Comparator.comparing(Writ::id))
                .map(w -> WritDemand.of(w, period, base.base(), mrp, settings))
                .filter(d -> d.status() != WritDemand.Status.INACTIVE)
                .toList();
        List<PriorityAllocation.Claim> claims = new ArrayList<>();
        List<PriorityAllocation.Claim[]> byWrit = new ArrayList<>();
        for (WritDemand.Demand d : demands) {
            PriorityAllocation.Claim current =
                    new PriorityAllocation.Claim(d.writ(), PriorityAllocation.Part.CURRENT, d.current());
            PriorityAllocation.Claim debt =
                    new PriorityAllocation.Claim(d.writ(), PriorityAllocation.Part.DEBT, d.debtDemand());
            claims.add(current);
            claims.add(debt);
            byWrit.add(new PriorityAllocation.Claim[] {current, debt});
        }
        PriorityAllocation.Outcome outcome =
                PriorityAllocation.allocate(claims, base.base(), cap, pm, settings.queue1CurrentFirst());

        Tenge feeRoom = outcome.capLeft();
        List<Deduction> deductions = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            WritDemand.Demand d = demands.get(i);
            Tenge withheldCurrent = outcome.of(byWrit.get(i)[0]);
            Tenge withheldDebt = outcome.of(byWrit.get(i)[1]);
            Tenge fee = Tenge.ZERO;
            if (withheldCurrent.plus(withheldDebt).isPositive()) {
                fee = settings.transferFee().min(feeRoom);
                feeRoom = feeRoom.minus(fee);
            }
            deductions.add(new Deduction(
                    d.writ(),
                    d.status(),
                    base.base(),
                    d.current(),
                    d.debtDemand(),
                    withheldCurrent,
                    withheldDebt,
                    d.debtBefore(),
                    fee));
        }
        LocalDate due = TransferDeadline.due(payDate, settings.deadlineDays(), calendar);
        LocalDate valueDate = TransferDeadline.valueDate(payDate, calendar);
        return new DebtorMonth(debtor, period, payDate, valueDate, due, base, cap, pm, demands, outcome, deductions);
    }
}
