package kz.ustau.adapter.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.ustau.adapter.files.CsvOutput;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.domain.payment.PaymentOrder;

/** {@code payments.csv}: the transfer register, one line per transfer (CONTRACT §5.2). */
public final class PaymentsCsv implements MonthDocument {
    public static final String FILE = "payments.csv";
    static final List<String> HEADER = List.of(
            "payment_no",
            "writ_id",
            "employee_id",
            "payee_name",
            "payee_id",
            "payee_iban",
            "payee_bic",
            "amount",
            "knp",
            "kod",
            "kbe",
            "value_date",
            "transfer_due",
            "purpose");

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
            for (PaymentOrder o : result.payments()) {
                csv.row(List.of(
                        Long.toString(o.number()),
                        CsvOutput.text(o.writ().id()),
                        CsvOutput.text(o.debtor().employeeId()),
                        CsvOutput.text(o.payee().name()),
                        o.payee().id().digits(),
                        o.payee().iban().value(),
                        o.payee().bic().value(),
                        o.amount().plain(),
                        o.knp(),
                        o.kod(),
                        o.kbe(),
                        o.valueDate().toString(),
                        o.transferDue().toString(),
                        CsvOutput.text(o.purpose())));
            }
        }
    }
}
