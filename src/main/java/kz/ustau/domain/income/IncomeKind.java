package kz.ustau.domain.income;

/** What a payroll code is (RULES §2; column {@code kind} of {@code income-codes.csv}). */
public enum IncomeKind {
    /** An accrual of pay (есептелген / начисление); attachable or not by the catalogue. */
    ACCRUAL,
    /** A tax or contribution the payroll withholds (IPN, OPV, VOSMS); subtracted from the base (RULES §3). */
    TAX,
    /** Pay already paid out (an advance); changes nothing in the base. */
    PAYOUT,
    /** A deduction the payroll makes (union dues, loan, its own writ figure); changes nothing in the base. */
    DEDUCTION,
    /** A charge the employer pays on top (OPVR, SO, SN, OOSMS); not the employee's income. */
    EMPLOYER
}
