package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.ustau.adapter.files.CsvOutput;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;

/**
 * {@code deductions.csv}: one line per employee, writ and period, sorted by {@code employee_id} then {@code writ_id}
 * (CONTRACT §5.1), to book back into the payroll. The IIN is written in full: this file goes back into the payroll.
 * {@code transfer_fee}, beyond the contract, is the bank fee withheld on top ({@code transfer.fee}); {@code held} what
 * was withheld and is held, not transferred, because the writ gives no account to pay to (RULES §11.1 [A]).
 */
public final class DeductionsCsv implements MonthDocument {
    public static final String FILE = "deductions.csv";
    static final List<String> HEADER = List.of(
            "period",
            "employee_id",
            "iin",
            "writ_id",
            "kind",
            "base",
            "demand_current",
            "demand_debt",
            "withheld_current",
            "withheld_debt",
            "withheld_total",
            "debt_before",
            "debt_after",
            "pay_date",
            "transfer_due",
            "transfer_fee",
            "held");

    @Override
    public List<String> files(MonthResult result) {
        return List.of(FILE);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        try (CsvOutput csv = new CsvOutput(out)) {
            csv.row(HEADER);
            for (DebtorMonth dm : result.debtors()) {
                for (Deduction d : dm.deductions()) {
                    csv.row(List.of(
                            dm.period().toString(),
                            CsvOutput.text(dm.debtor().employeeId()),
                            dm.debtor().iin().digits(),
                            CsvOutput.text(d.writ().id()),
                            d.writ().kind().code(),
                            d.base().plain(),
                            d.demandCurrent().plain(),
                            d.demandDebt().plain(),
                            d.withheldCurrent().plain(),
                            d.withheldDebt().plain(),
                            d.withheldTotal().plain(),
                            d.debtBefore().plain(),
                            d.debtAfter().plain(),
                            dm.payDate().toString(),
                            dm.transferDue().toString(),
                            d.fee().plain(),
                            d.held().plain()));
                }
            }
        }
    }
}
