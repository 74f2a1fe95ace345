package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.ustau.adapter.files.CsvOutput;
import kz.ustau.app.EmployerClaimLine;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;

/**
 * {@code employer-deductions.csv}: the employer's own deductions asked for this month (payroll code
 * {@code EMPLOYER_CLAIM}; Labour Code art. 115(2)) and what of each fits under the one limit of half the base with the
 * writs (art. 115(3), RULES §11.1), one line per employee in {@code employee_id} order, to book back into the payroll:
 * {@code deducted} is what the payroll deducts this month, {@code remaining} what stays the employer's claim. Written
 * only in a month that has such a deduction. The IIN is in full: this file goes back into the payroll.
 */
public final class EmployerDeductionsCsv implements MonthDocument {
    public static final String FILE = "employer-deductions.csv";
    static final List<String> HEADER = List.of(
            "period",
            "employee_id",
            "iin",
            "base",
            "cap",
            "withheld_in_limit",
            "room",
            "claimed",
            "deducted",
            "remaining",
            "within_cap");

    @Override
    public List<String> files(MonthResult result) {
        return result.employerClaims().isEmpty() ? List.of() : List.of(FILE);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        try (CsvOutput csv = new CsvOutput(out)) {
            csv.row(HEADER);
            for (EmployerClaimLine c : result.employerClaims()) {
                csv.row(List.of(
                        c.period().toString(),
                        CsvOutput.text(c.employeeId()),
                        c.iin().digits(),
                        c.base().plain(),
                        c.cap().plain(),
                        c.inLimit().plain(),
                        c.claim().room().plain(),
                        c.claim().claimed().plain(),
                        c.claim().deducted().plain(),
                        c.claim().remaining().plain(),
                        Boolean.toString(c.claim().withinCap())));
            }
        }
    }
}
