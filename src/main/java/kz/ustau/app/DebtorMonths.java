package kz.ustau.app;

import kz.ustau.domain.rules.DebtorMonth;

/**
 * A month's debtors in {@code employee_id} order (CONTRACT §5), to be read as many times as the outputs need. The
 * monthly job does not hold them all (issue 21, decision #38): each one is worked out again from its kept lines when
 * it is read, the same each time, so that a month of any number of debtors is written in bounded memory.
 */
public interface DebtorMonths extends Iterable<DebtorMonth> {
    /** How many debtors the month has. */
    int size();

    /** How many writ lines (deductions) they have in all, known without reading them. */
    long deductionCount();
}
