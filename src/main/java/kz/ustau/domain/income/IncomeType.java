package kz.ustau.domain.income;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the income catalogue (RULES §2; {@code income-codes.csv}): a payroll code, what it is, whether alimony
 * and other writs may be withheld from it, from when the row holds, its names and the legal basis for the answer.
 */
public record IncomeType(
        String code,
        IncomeKind kind,
        boolean attachable,
        LocalDate validFrom,
        String nameRu,
        String nameKk,
        String basis) {
    public IncomeType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (attachable && kind != IncomeKind.ACCRUAL) {
            throw new IllegalArgumentException("only an accrual can be attachable, got " + code + " " + kind);
        }
    }

    /** Whether the line enters the base as income (an attachable accrual). */
    public boolean entersBase() {
        return kind == IncomeKind.ACCRUAL && attachable;
    }
}
