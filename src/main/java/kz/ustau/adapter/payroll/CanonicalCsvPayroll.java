package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.adapter.files.TextEncoding;
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
    public static final List<String> REQUIRED =
            List.of("employee_id", "iin", "full_name", "period", "pay_date", "code", "amount");
    public static final List<String> OPTIONAL = List.of("dismissal_date", "new_employer", "new_address");

    private final Path file;
    private final String name;
    private final Optional<Charset> encoding;
    private final TextEncoding.Ahead detected;
    private CsvInput input;

    /** Opened ahead of its reading: the encoding's check of the whole file begins now, on a thread of its own. */
    public CanonicalCsvPayroll(Path file, String name, Optional<Charset> encoding) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
        this.detected = encoding.isPresent() ? null : TextEncoding.ahead(file);
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
        Optional<CsvInput> opened =
                CsvInput.open(file, name, encoding, detected, REQUIRED, OPTIONAL, problems, warnings);
        if (opened.isEmpty()) {
            return;
        }
        input = opened.get();
        int[] at = new int[COLUMNS.size()];
        String[] columns = new String[COLUMNS.size()];
        for (int c = 0; c < at.length; c++) {
            at[c] = input.position(COLUMNS.get(c));
            columns[c] = input.column(COLUMNS.get(c));
        }
        // one employee's lines follow one another: a cell the same as the line before is not read again (issue 21)
        Last<IdNumber> lastIin = new Last<>();
        Last<YearMonth> lastPeriod = new Last<>();
        Last<LocalDate> lastPayDate = new Last<>();
        Last<LocalDate> lastDismissal = new Last<>();
        try (CsvInput in = input) {
            Optional<CsvInput.Row> next;
            while ((next = in.next(problems)).isPresent()) {
                CsvInput.Row row = next.get();
                long line = row.line();
                Optional<String> employeeId =
                        cell(row, at, columns, EMPLOYEE_ID).text(problems, Need.REQUIRED);
                Optional<IdNumber> iin = lastIin.or(
                        row.get(at[IIN]), raw -> cell(raw, line, columns[IIN]).idNumber(problems, Need.REQUIRED));
                Optional<String> fullName = cell(row, at, columns, FULL_NAME).text(problems, Need.REQUIRED);
                Optional<YearMonth> period = lastPeriod.or(row.get(at[PERIOD]), raw -> cell(raw, line, columns[PERIOD])
                        .period(problems, Need.REQUIRED));
                Optional<LocalDate> payDate =
                        lastPayDate.or(row.get(at[PAY_DATE]), raw -> cell(raw, line, columns[PAY_DATE])
                                .date(problems, Need.REQUIRED));
                Optional<String> code = cell(row, at, columns, CODE).text(problems, Need.REQUIRED);
                Optional<Tenge> amount = cell(row, at, columns, AMOUNT).amount(problems, Need.REQUIRED);
                String dismissalRaw = row.get(at[DISMISSAL]);
                Optional<LocalDate> dismissal = dismissalRaw.isEmpty()
                        ? Optional.empty()
                        : lastDismissal.or(dismissalRaw, raw -> cell(raw, line, columns[DISMISSAL])
                                .date(problems, Need.OPTIONAL));
                boolean dismissalOk = dismissalRaw.isEmpty() || dismissal.isPresent();
                if (employeeId.isPresent()
                        && iin.isPresent()
                        && fullName.isPresent()
                        && period.isPresent()
                        && payDate.isPresent()
                        && code.isPresent()
                        && amount.isPresent()
                        && dismissalOk) {
                    lines.accept(new PayrollLine(
                            line,
                            employeeId.get(),
                            iin.get(),
                            fullName.get(),
                            period.get(),
                            payDate.get(),
                            code.get().toUpperCase(java.util.Locale.ROOT),
                            amount.get(),
                            dismissal,
                            nonBlank(row.get(at[NEW_EMPLOYER])),
                            nonBlank(row.get(at[NEW_ADDRESS]))));
                }
            }
        }
    }

    /** Every column, in the order the indices below name them. */
    private static final List<String> COLUMNS =
            java.util.stream.Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();

    private static final int EMPLOYEE_ID = 0;
    private static final int IIN = 1;
    private static final int FULL_NAME = 2;
    private static final int PERIOD = 3;
    private static final int PAY_DATE = 4;
    private static final int CODE = 5;
    private static final int AMOUNT = 6;
    private static final int DISMISSAL = 7;
    private static final int NEW_EMPLOYER = 8;
    private static final int NEW_ADDRESS = 9;

    private Cell cell(CsvInput.Row row, int[] at, String[] columns, int c) {
        return cell(row.get(at[c]), row.line(), columns[c]);
    }

    private Cell cell(String raw, long line, String column) {
        return new Cell(name, line, column, raw);
    }

    /**
     * The last cell read well in one column and what it read as: a cell with the same text is that value again, and a
     * cell that did not read is read (and reported) each time.
     */
    private static final class Last<T> {
        private String raw;
        private Optional<T> value;

        Optional<T> or(String text, java.util.function.Function<String, Optional<T>> read) {
            if (text.equals(raw)) {
                return value;
            }
            Optional<T> read1 = read.apply(text);
            if (read1.isPresent()) {
                raw = text;
                value = read1;
            }
            return read1;
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
