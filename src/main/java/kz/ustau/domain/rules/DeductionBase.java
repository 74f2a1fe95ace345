package kz.ustau.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.ustau.domain.income.IncomeKind;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Rounding;
import kz.ustau.domain.money.Tenge;

/**
 * The base a writ is withheld from (RULES §3; Law art. 94: «с суммы заработной платы (дохода) должника,
 * причитающейся ему к получению»; Order 372; Law art. 98): attachable accruals less the taxes and contributions the
 * payroll withheld, reversals included, never below zero. Non-attachable accruals, payouts, deductions and the
 * employer's charges are read and listed, never counted.
 */
public final class DeductionBase {
    private DeductionBase() {}

    public static Result of(List<IncomeLine> lines, Settings.BaseTax taxMode) {
        List<IncomeLine> included = new ArrayList<>();
        List<IncomeLine> excluded = new ArrayList<>();
        List<IncomeLine> taxes = new ArrayList<>();
        List<IncomeLine> notUsed = new ArrayList<>();
        for (IncomeLine line : lines) {
            if (line.type().entersBase()) {
                included.add(line);
            } else if (line.type().kind() == IncomeKind.ACCRUAL) {
                excluded.add(line);
            } else if (line.type().kind() == IncomeKind.TAX) {
                taxes.add(line);
            } else {
                notUsed.add(line);
            }
        }
        Tenge attachable = total(included);
        Tenge other = total(excluded);
        Tenge taxTotal = total(taxes);
        Tenge taxSubtracted = taxTotal;
        if (taxMode == Settings.BaseTax.PROPORTIONAL) {
            Tenge allAccruals = attachable.plus(other);
            taxSubtracted = allAccruals.isPositive() && attachable.isPositive()
                    ? Tenge.rounded(
                            taxTotal.amount()
                                    .multiply(attachable.amount())
                                    .divide(allAccruals.amount(), Rounding.INTERMEDIATE_SCALE, Rounding.TAX_PART),
                            Rounding.TAX_PART)
                    : (attachable.isPositive() ? taxTotal : Tenge.ZERO);
        }
        Tenge raw = attachable.minus(taxSubtracted);
        return new Result(
                included,
                excluded,
                taxes,
                notUsed,
                attachable,
                taxTotal,
                taxSubtracted,
                taxMode,
                raw,
                raw.atLeastZero());
    }

    private static Tenge total(List<IncomeLine> lines) {
        return Tenge.sum(lines.stream().map(IncomeLine::amount).toList());
    }

    /**
     * The base and every line behind it: {@code included} entered it, {@code excluded} are accruals the list leaves
     * out (each with its basis), {@code taxes} came off it, {@code notUsed} were read and change nothing.
     */
    public record Result(
            List<IncomeLine> included,
            List<IncomeLine> excluded,
            List<IncomeLine> taxes,
            List<IncomeLine> notUsed,
            Tenge attachable,
            Tenge taxTotal,
            Tenge taxSubtracted,
            Settings.BaseTax taxMode,
            Tenge beforeFloor,
            Tenge base) {

        /** Whether the taxes exceeded the income, so the base was held at zero. */
        public boolean floored() {
            return beforeFloor.isNegative();
        }

        /** The attachable share of the accruals used for PROPORTIONAL taxes, for the explanation. */
        public BigDecimal attachableRatio() {
            Tenge all = attachable.plus(
                    Tenge.sum(excluded.stream().map(IncomeLine::amount).toList()));
            return all.isPositive() ? attachable.amount().divide(all.amount(), 6, Rounding.TAX_PART) : BigDecimal.ZERO;
        }
    }
}
