package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;

/**
 * The payroll in Ustau's canonical CSV layout (CONTRACT §4.1): one line per accrual or deduction, streamed record by
 * record. Each cell is checked here; what lines mean together is the use case's business.
 */
public final class CanonicalCsvPayroll implements PayrollSource {
    static final List<String> REQUIRED =
            List.of("employee_id", "iin", "full_name", "period", "pay_date", "code", "amount");
    static final List<String> OPTIONAL = List.of("dismissal_date", "new_employer", "new_address");

    private final Path file;
    private final String name;
    private final Optional<Charset> encoding;
    private CsvInput input;

    public CanonicalCsvPayroll(Path file, String name, Optional<Charset> encoding) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String column(String canonical) {
        return input == null ? canonical : input.column(canonical);
    }

    @Override
    public void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) throws IOException {
        Optional<CsvInput> opened = CsvInput.open(file, name, encoding, REQUIRED, OPTIONAL, problems, warnings);
        if (opened.isEmpty()) {
            return;
        }
        input = opened.get();
        try (CsvInput in = input) {
            Optional<CsvInput.Row> next;
            while ((next = in.next(problems)).isPresent()) {
                CsvInput.Row row = next.get();
                Optional<String> employeeId = row.cell("employee_id").text(problems, Need.REQUIRED);
                Optional<IdNumber> iin = row.cell("iin").idNumber(problems, Need.REQUIRED);
                Optional<String> fullName = row.cell("full_name").text(problems, Need.REQUIRED);
                Optional<YearMonth> period = row.cell("period").period(problems, Need.REQUIRED);
                Optional<LocalDate> payDate = row.cell("pay_date").date(problems, Need.REQUIRED);
                Optional<String> code = row.cell("code").text(problems, Need.REQUIRED);
                Optional<Tenge> amount = row.cell("amount").amount(problems, Need.REQUIRED);
                Optional<LocalDate> dismissal = row.cell("dismissal_date").date(problems, Need.OPTIONAL);
                boolean dismissalOk = row.get("dismissal_date").isEmpty() || dismissal.isPresent();
                if (employeeId.isPresent()
                        && iin.isPresent()
                        && fullName.isPresent()
                        && period.isPresent()
                        && payDate.isPresent()
                        && code.isPresent()
                        && amount.isPresent()
                        && dismissalOk) {
                    lines.accept(new PayrollLine(
                            row.line(),
                            employeeId.get(),
                            iin.get(),
                            fullName.get(),
                            period.get(),
                            payDate.get(),
                            code.get().toUpperCase(java.util.Locale.ROOT),
                            amount.get(),
                            dismissal,
                            nonBlank(row.get("new_employer")),
                            nonBlank(row.get("new_address"))));
                }
            }
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
