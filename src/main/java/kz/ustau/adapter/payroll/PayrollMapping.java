package kz.ustau.adapter.payroll;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.Problems;

/**
 * How to read one kind of payroll export (docs/mapping.md): which sheet, where the header is, whether the table is
 * wide (a column per kind of accrual) or long (a row per accrual), which columns hold what, how the export's names
 * of accruals map to the codes of {@code income-codes.csv}, and which rows to skip. Read from a {@code .properties}
 * file; every wrong key or value is a problem naming its line.
 */
record PayrollMapping(
        Optional<String> sheet,
        Optional<Charset> encoding,
        Optional<Character> delimiter,
        int headerRow,
        int headerRows,
        Layout layout,
        Map<String, String> columns,
        Map<String, List<String>> codeColumns,
        Map<String, String> kinds,
        Optional<PeriodRule> period,
        Optional<PayDateRule> payDate,
        List<String> fillDown,
        List<Skip> skips,
        List<String> ignore,
        long maxRows) {

    /** Fields of CONTRACT §4.1 a column may hold. */
    static final List<String> FIELDS = List.of(
            "employee_id",
            "iin",
            "full_name",
            "period",
            "pay_date",
            "dismissal_date",
            "new_employer",
            "new_address",
            "code",
            "kind",
            "amount");

    static final long DEFAULT_MAX_ROWS = 5_000_000;

    /** A value of {@code kind.<name>} that says: rows of this kind are known and deliberately not read. */
    static final String SKIP = "SKIP";

    enum Layout {
        WIDE,
        LONG
    }

    /** Rows whose {@code column} matches {@code pattern} are skipped and counted (totals, subtotals). */
    record Skip(String column, Pattern pattern, String text) {}

    /** The period of every line: fixed, or found in the title rows ("за октябрь 2026 г."). */
    sealed interface PeriodRule {
        record Fixed(YearMonth period) implements PeriodRule {}

        record FromTitle() implements PeriodRule {}
    }

    /** The pay date of every line: fixed, or a day of the month after (or of) the period. */
    sealed interface PayDateRule {
        record Fixed(LocalDate date) implements PayDateRule {}

        record DayOf(int monthsAfterPeriod, int day) implements PayDateRule {}
    }

    /** The canonical layout (CONTRACT §4.1) in a sheet: header in row 1, a row per accrual, codes as they are. */
    static PayrollMapping canonical() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String f : List.of(
                "employee_id",
                "iin",
                "full_name",
                "period",
                "pay_date",
                "code",
                "amount",
                "dismissal_date",
                "new_employer",
                "new_address")) {
            columns.put(f, f);
        }
        return new PayrollMapping(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1,
                1,
                Layout.LONG,
                columns,
                Map.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                DEFAULT_MAX_ROWS);
    }

    /** Whether the canonical optional columns may be absent (they are in the canonical layout). */
    boolean optional(String field) {
        return List.of("dismissal_date", "new_employer", "new_address").contains(field);
    }

    static Optional<PayrollMapping> parse(Map<String, Cell> cells, String file, Problems problems) {
        int before = problems.size();
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, List<String>> codeColumns = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        List<Skip> skips = new ArrayList<>();
        Optional<String> sheet = Optional.empty();
        Optional<Charset> encoding = Optional.empty();
        Optional<Character> delimiter = Optional.empty();
        int headerRow = 1;
        int headerRows = 1;
        Layout layout = null;
        Optional<PeriodRule> period = Optional.empty();
        Optional<PayDateRule> payDate = Optional.empty();
        List<String> fillDown = List.of();
        List<String> ignore = List.of();
        long maxRows = DEFAULT_MAX_ROWS;
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            String key = e.getKey();
            Cell c = e.getValue();
            String v = c.raw();
            if (key.startsWith("column.")) {
                String field = key.substring(7);
                if (!FIELDS.contains(field)) {
                    problems.add(file, c.row(), key, "mapping.unknown-field", field, String.join(", ", FIELDS));
                } else {
                    c.text(problems, Need.REQUIRED).ifPresent(t -> columns.put(field, t));
                }
            } else if (key.startsWith("code.")) {
                String code = key.substring(5).toUpperCase(Locale.ROOT);
                c.text(problems, Need.REQUIRED).ifPresent(t -> codeColumns.put(code, headers(t)));
            } else if (key.startsWith("kind.")) {
                c.text(problems, Need.REQUIRED)
                        .ifPresent(t -> kinds.put(normalise(key.substring(5)), t.toUpperCase(Locale.ROOT)));
            } else if (key.startsWith("skip.")) {
                int tilde = v.indexOf('~');
                if (tilde < 1) {
                    problems.add(file, c.row(), key, "mapping.bad-skip", v);
                    continue;
                }
                try {
                    skips.add(new Skip(
                            v.substring(0, tilde).strip(),
                            Pattern.compile(
                                    v.substring(tilde + 1).strip(), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE),
                            v));
                } catch (PatternSyntaxException ex) {
                    problems.add(file, c.row(), key, "mapping.bad-skip", v);
                }
            } else {
                switch (key) {
                    case "format" -> c.oneOf(problems, Need.REQUIRED, List.of("xlsx", "csv"));
                    case "sheet" -> sheet = c.text(problems, Need.REQUIRED);
                    case "encoding" -> encoding = c.oneOf(problems, Need.REQUIRED, List.of("UTF-8", "windows-1251"))
                            .map(x -> x.equals("UTF-8") ? StandardCharsets.UTF_8 : TextEncoding.WINDOWS_1251);
                    case "delimiter" -> delimiter = c.oneOf(problems, Need.REQUIRED, List.of(";", ",", "tab"))
                            .map(x -> x.equals("tab") ? '\t' : x.charAt(0));
                    case "header.row" -> headerRow =
                            c.integer(problems, Need.REQUIRED, 1, 1000).orElse(1);
                    case "header.rows" -> headerRows =
                            c.integer(problems, Need.REQUIRED, 1, 5).orElse(1);
                    case "layout" -> layout = c.oneOf(problems, Need.REQUIRED, List.of("wide", "long"))
                            .map(x -> Layout.valueOf(x.toUpperCase(Locale.ROOT)))
                            .orElse(null);
                    case "period" -> period = v.equalsIgnoreCase("title")
                            ? Optional.of(new PeriodRule.FromTitle())
                            : c.period(problems, Need.REQUIRED).map(PeriodRule.Fixed::new);
                    case "pay_date" -> payDate = payDate(c, problems);
                    case "fill_down" -> fillDown = split(v);
                    case "ignore" -> ignore = headers(v);
                    case "max_rows" -> maxRows = c.integer(problems, Need.REQUIRED, 1, Integer.MAX_VALUE)
                            .orElse((int) DEFAULT_MAX_ROWS);
                    default -> problems.add(file, c.row(), key, "mapping.unknown-key", key);
                }
            }
        }
        long lastLine = cells.values().stream().mapToLong(Cell::row).max().orElse(1);
        if (layout == null && problems.size() == before) {
            problems.add(file, lastLine, "layout", "cell.required", "");
        }
        if (headerRows > headerRow) {
            problems.add(
                    file,
                    lastLine,
                    "header.rows",
                    "mapping.header-rows",
                    Integer.toString(headerRows),
                    Integer.toString(headerRow));
        }
        for (String f : List.of("employee_id", "iin", "full_name")) {
            if (!columns.containsKey(f)) {
                problems.add(file, lastLine, "column." + f, "mapping.missing-column", "");
            }
        }
        if (!columns.containsKey("period") && period.isEmpty()) {
            problems.add(file, lastLine, "period", "mapping.missing-column", "");
        }
        if (!columns.containsKey("pay_date") && payDate.isEmpty()) {
            problems.add(file, lastLine, "pay_date", "mapping.missing-column", "");
        }
        if (layout == Layout.WIDE && codeColumns.isEmpty()) {
            problems.add(file, lastLine, "code.*", "mapping.missing-column", "");
        }
        if (layout == Layout.LONG) {
            if (!columns.containsKey("amount")) {
                problems.add(file, lastLine, "column.amount", "mapping.missing-column", "");
            }
            if (!columns.containsKey("code") && !columns.containsKey("kind")) {
                problems.add(file, lastLine, "column.kind", "mapping.missing-column", "");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PayrollMapping(
                sheet,
                encoding,
                delimiter,
                headerRow,
                headerRows,
                layout,
                columns,
                codeColumns,
                kinds,
                period,
                payDate,
                fillDown,
                skips,
                ignore,
                maxRows));
    }

    private static Optional<PayDateRule> payDate(Cell c, Problems problems) {
        String v = c.raw().strip();
        java.util.regex.Matcher m =
                Pattern.compile("(next-month|same-month):(\\d{1,2})").matcher(v);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                return Optional.of(new PayDateRule.DayOf(m.group(1).equals("next-month") ? 1 : 0, day));
            }
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4}")) {
            return c.date(problems, Need.REQUIRED).map(PayDateRule.Fixed::new);
        }
        problems.add(c.file(), c.row(), c.column(), "mapping.bad-pay-date", v);
        return Optional.empty();
    }

    /** Column headers, separated by {@code |} (a header may hold a comma). */
    static List<String> headers(String value) {
        return items(value, "\\|");
    }

    /** Field or header names separated by {@code ,} or {@code |}. */
    static List<String> split(String value) {
        return items(value, "[|,]");
    }

    private static List<String> items(String value, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Header and kind names are compared case-insensitively with runs of spaces folded. */
    static String normalise(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
}
