package kz.ustau.domain.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.reference.WorkingCalendar;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.Writ;

/**
 * One debtor's month from start to end (RULES §3–§7): the base, each active writ's demand, the half-of-base cap, the
 * queues with the subsistence minimum, the deductions with their debts, the transfer fee and the dates; then, beside
 * the writs (RULES §11.1), a correctional-labour sentence from what they leave, the notarial agreements within the half
 * they leave, and the employer's own claim in the room that is left. Pure: the same inputs give the same month.
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
        Map<WritDemand.Demand, PriorityAllocation.Claim[]> byWrit = new IdentityHashMap<>();
        for (WritDemand.Demand d : demands) {
            if (d.writ().kind().outsideOrder()) {
                continue;
            }
            PriorityAllocation.Claim current =
                    new PriorityAllocation.Claim(d.writ(), PriorityAllocation.Part.CURRENT, d.current());
            PriorityAllocation.Claim debt =
                    new PriorityAllocation.Claim(d.writ(), PriorityAllocation.Part.DEBT, d.debtDemand());
            claims.add(current);
            claims.add(debt);
            byWrit.put(d, new PriorityAllocation.Claim[] {current, debt});
        }
        PriorityAllocation.Outcome outcome =
                PriorityAllocation.allocate(claims, base.base(), cap, pm, settings.queue1CurrentFirst());

        Map<WritDemand.Demand, Deduction> done = new IdentityHashMap<>();
        Tenge feeRoom = outcome.capLeft();
        Tenge writsTook = Tenge.ZERO;
        for (WritDemand.Demand d : demands) {
            PriorityAllocation.Claim[] parts = byWrit.get(d);
            if (parts == null) {
                continue;
            }
            Tenge withheldCurrent = outcome.of(parts[0]);
            Tenge withheldDebt = outcome.of(parts[1]);
            Tenge fee = Tenge.ZERO;
            if (withheldCurrent.plus(withheldDebt).isPositive()) {
                fee = settings.transferFee().min(feeRoom);
                feeRoom = feeRoom.minus(fee);
            }
            done.put(d, deduction(d, base.base(), withheldCurrent, withheldDebt, fee));
            writsTook = writsTook.plus(withheldCurrent).plus(withheldDebt).plus(fee);
        }

        // RULES §11.1: a sentence whole, from what the writs leave (Law art. 96(1): never from their base)
        Settings.OtherDeductions other = settings.other();
        Tenge correctionalTook = Tenge.ZERO;
        for (WritDemand.Demand d : demands) {
            if (!d.writ().kind().isCorrectional()) {
                continue;
            }
            Tenge take = CorrectionalLabour.withheld(
                    d.current().plus(d.debtDemand()), base.base(), writsTook.plus(correctionalTook));
            Tenge current = take.min(d.current());
            done.put(d, deduction(d, base.base(), current, take.minus(current), Tenge.ZERO));
            correctionalTook = correctionalTook.plus(take);
        }
        Tenge inLimit = writsTook.plus(other.correctionalInLimit() ? correctionalTook : Tenge.ZERO);

        // RULES §11.1: the agreements after the writs, within the half they leave (MFC art. 166)
        // never more than the debtor has left: a sentence outside the limit may have taken the rest
        Tenge agreementRoom = cap.minus(inLimit)
                .min(base.base().minus(writsTook).minus(correctionalTook))
                .atLeastZero();
        List<WritDemand.Demand> agreements =
                demands.stream().filter(d -> d.writ().kind().isAgreement()).toList();
        List<Tenge[]> agreed = AlimonyAgreement.share(
                agreements.stream().map(WritDemand.Demand::current).toList(),
                agreements.stream().map(WritDemand.Demand::debtDemand).toList(),
                agreementRoom,
                other.agreementPartial());
        Tenge allTook = writsTook.plus(correctionalTook);
        Tenge agreementFeeRoom = agreementRoom.minus(
                Tenge.sum(agreed.stream().map(a -> a[0].plus(a[1])).toList()));
        for (int i = 0; i < agreements.size(); i++) {
            Tenge[] got = agreed.get(i);
            Tenge fee = Tenge.ZERO;
            if (got[0].plus(got[1]).isPositive()) {
                fee = settings.transferFee().min(agreementFeeRoom);
                agreementFeeRoom = agreementFeeRoom.minus(fee);
            }
            done.put(agreements.get(i), deduction(agreements.get(i), base.base(), got[0], got[1], fee));
            Tenge took = got[0].plus(got[1]).plus(fee);
            inLimit = inLimit.plus(took);
            allTook = allTook.plus(took);
        }

        // RULES §11.1: the employer's own deduction in the room that is left (Labour Code art. 115(3))
        EmployerClaim claim = EmployerClaim.isAsked(lines)
                ? EmployerClaim.fit(
                        EmployerClaim.asked(lines),
                        cap,
                        inLimit,
                        base.base().minus(allTook),
                        other.employerClaimsWithinCap())
                : EmployerClaim.NONE;
        List<Deduction> deductions = demands.stream().map(done::get).toList();
        LocalDate due = TransferDeadline.due(payDate, settings.deadlineDays(), calendar);
        LocalDate valueDate = TransferDeadline.valueDate(payDate, calendar);
        return new DebtorMonth(
                debtor,
                period,
                payDate,
                valueDate,
                due,
                base,
                cap,
                pm,
                demands,
                outcome,
                deductions,
                agreementRoom,
                claim);
    }

    private static Deduction deduction(
            WritDemand.Demand d, Tenge base, Tenge withheldCurrent, Tenge withheldDebt, Tenge fee) {
        return new Deduction(
                d.writ(),
                d.status(),
                base,
                d.current(),
                d.debtDemand(),
                withheldCurrent,
                withheldDebt,
                d.debtBefore(),
                fee);
    }
}
