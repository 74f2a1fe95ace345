package kz.ustau.app.ledger;

import java.util.Set;
import kz.ustau.domain.ledger.LedgerMonth;

/** A month as stored: its state, the digest of the payroll it was computed from, and each payroll file's digest. */
public record MonthRecord(LedgerMonth month, String payrollDigest, Set<String> fileDigests) {
    public MonthRecord {
        fileDigests = Set.copyOf(fileDigests);
    }
}
