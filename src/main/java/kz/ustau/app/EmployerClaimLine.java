package kz.ustau.app;

import java.time.YearMonth;
import java.util.Objects;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.EmployerClaim;

/**
 * One employee's own deduction asked for by the employer in a month and how much of it fits under the one limit
 * (RULES §11.1; Labour Code art. 115(3)), one line of {@code employer-deductions.csv}: the base and its half, what the
 * writs, their fees, the agreements and (by {@code correctional.in_limit}) the sentences took of the half
 * ({@code inLimit}), and the claim. An employee without writs has one too: the whole half is the claim's.
 */
public record EmployerClaimLine(
        YearMonth period,
        String employeeId,
        IdNumber iin,
        String fullName,
        Tenge base,
        Tenge cap,
        Tenge inLimit,
        EmployerClaim claim,
        boolean debtor) {
    public EmployerClaimLine {
        Objects.requireNonNull(claim, "claim");
    }

    /** The claim of a month worked out: {@code debtor} when the employee has writs. */
    public static EmployerClaimLine of(DebtorMonth dm, boolean debtor) {
        return new EmployerClaimLine(
                dm.period(),
                dm.debtor().employeeId(),
                dm.debtor().iin(),
                dm.debtor().fullName(),
                dm.base().base(),
                dm.cap(),
                dm.employerClaim().inLimit(),
                dm.employerClaim(),
                debtor);
    }
}
