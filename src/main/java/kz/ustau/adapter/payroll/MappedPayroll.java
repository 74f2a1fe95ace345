package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.port.PayrollSource;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Tenge;

/**
 * A payroll export in any layout, read through a {@link PayrollMapping}: title rows (where the period may be), header
 * rows (merged headers joined with " / "), then data rows, each turned into one line per accrual. Rows the mapping
 * skips are counted in the warnings; a kind of accrual the mapping does not know is a problem naming it; a column the
 * mapping names and the export lacks is a problem at the header row.
 */
public final class MappedPayroll implements PayrollSource {
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern NUMERIC_PERIOD = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?|\\d{2}\\.\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A day with one-digit parts, or with a time of day after it (dropped): {@code 5.11.2026 0:00:00}. */
    private static final Pattern LOOSE_DATE =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "|(\\d{4}-\\d{2}-\\d{2})[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.0+)?");
    private final TableRows table;
    /** Whether the table's cells may be formulas or errors (XLSX), not only text (CSV). */
    private final boolean typed;

    private final PayrollMapping mapping;
    private final String mappingName;
    private final Optional<YearMonth> fallbackPeriod;
    private final Map<String, String> headerOf = new HashMap<>();

    MappedPayroll(TableRows table, PayrollMapping mapping, String mappingName, Optional<YearMonth> fallbackPeriod) {
        this.table = table;
        this.typed = table.typed();
        this.mapping = mapping;
        this.mappingName = mappingName;
        this.fallbackPeriod = fallbackPeriod;
    }

    @Override
    public String name() {
        return table.name();
    }

    @Override
    public String column(String canonical) {
        return headerOf.getOrDefault(canonical, canonical);
    }

    @Override
    public void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) throws IOException {
        Reading reading = new Reading(lines, problems, warnings);
        table.read(reading::row, problems);
        reading.finish();
    }

    /** One pass over the rows. */
    private final class Reading {
        private final Consumer<PayrollLine> lines;
        private final Problems problems;
        private final Consumer<Warning> warnings;
        private final List<List<TableCell>> headerRows = new ArrayList<>();
        private final StringBuilder title = new StringBuilder();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Long> skipped = new TreeMap<>();
        private final java.util.Set<String> fillDown = new java.util.HashSet<>(mapping.fillDown());
        /** The canonical fields' columns, resolved with the header: no look-up per row. */
        private Slot employeeIdSlot;

        private Slot iinSlot;
        private Slot nameSlot;
        private Slot periodSlot;
        private Slot payDateSlot;
        private Slot dismissalSlot;
        private Slot newEmployerSlot;
        private Slot newAddressSlot;
        private Slot codeSlot;
        private Slot kindSlot;
        /** The last text each skip rule looked at, and whether it matched: rows of one employee repeat it. */
        private String[] skipSeen;

        private boolean[] skipMatched;
        /** The last IIN read and its reading: an employee's lines come together. */
        private String lastIinText;

        private Optional<IdNumber> lastIin = Optional.empty();
        /** A wide table's accrual columns with their codes, in the mapping's order. */
        private final List<Map.Entry<String, Integer>> wideColumns = new ArrayList<>();
        /** Kinds as the export writes them, looked up once each. */
        private final Map<String, String> kindCodes = new HashMap<>();

        private final List<String> headers = new ArrayList<>();
        private Optional<YearMonth> titlePeriod = Optional.empty();
        private boolean ready;
        private boolean broken;
        /** Each skip rule's column, -1 when absent; resolved with the first data row. */
        private int[] skipColumns;

        Reading(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) {
            this.lines = lines;
            this.problems = problems;
            this.warnings = warnings;
        }

        boolean row(long number, List<TableCell> cells) {
            int firstHeader = mapping.headerRow() - mapping.headerRows() + 1;
            if (number < firstHeader) {
                cells.forEach(c -> title.append(c.text()).append(' '));
                return true;
            }
            if (number <= mapping.headerRow()) {
                headerRows.add(cells);
                if (number == mapping.headerRow()) {
                    resolve(number);
                }
                return !broken;
            }
            if (!ready) {
                return false;
            }
            if (allBlank(cells)) {
                return true;
            }
            if (skipColumns == null) {
                skipColumns = mapping.skips().stream()
                        .mapToInt(skip -> index.getOrDefault("skip:" + skip.column(), -1))
                        .toArray();
                skipSeen = new String[skipColumns.length];
                skipMatched = new boolean[skipColumns.length];
            }
            for (int k = 0; k < skipColumns.length; k++) {
                PayrollMapping.Skip skip = mapping.skips().get(k);
                int col = skipColumns[k];
                String text = col >= 0 && col < cells.size() ? cells.get(col).text() : "";
                if (!text.equals(skipSeen[k])) {
                    skipSeen[k] = text;
                    skipMatched[k] = skip.pattern().matcher(text).find();
                }
                if (skipMatched[k]) {
                    skipped.merge(skip.text(), 1L, Long::sum);
                    return true;
                }
            }
            data(number, cells);
            return true;
        }

        /** The columns a value is read from: the fields, the skip rules' and the code columns. */
        private final java.util.Set<Integer> used = new java.util.HashSet<>();
        /** Columns not read that hold formulas without a saved value or error cells: how many, and the first row. */
        private final Map<Integer, long[]> unread = new java.util.TreeMap<>();

        /** Builds the header names and finds every column the mapping names. */
        private void resolve(long headerRow) {
            int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
            for (int col = 0; col < width; col++) {
                List<String> parts = new ArrayList<>();
                for (int r = 0; r < headerRows.size(); r++) {
                    String text = cellText(headerRows.get(r), col);
                    if (text.isEmpty() && r < headerRows.size() - 1) {
                        // a merged header above: its text is in the first cell of the merge, to the left
                        for (int left = col - 1; left >= 0 && text.isEmpty(); left--) {
                            text = cellText(headerRows.get(r), left);
                            if (!cellText(headerRows.get(headerRows.size() - 1), left)
                                            .isEmpty()
                                    && text.isEmpty()) {
                                continue;
                            }
                        }
                    }
                    if (!text.isEmpty() && !parts.contains(text)) {
                        parts.add(text);
                    }
                }
                headers.add(String.join(" / ", parts));
            }
            Map<String, Integer> byName = new HashMap<>();
            Map<String, Integer> byLast = new HashMap<>();
            Map<String, Integer> lastCount = new HashMap<>();
            for (int col = 0; col < headers.size(); col++) {
                byName.putIfAbsent(PayrollMapping.normalise(headers.get(col)), col);
                String last = PayrollMapping.normalise(cellText(headerRows.get(headerRows.size() - 1), col));
                if (!last.isEmpty()) {
                    byLast.putIfAbsent(last, col);
                    lastCount.merge(last, 1, Integer::sum);
                }
            }
            java.util.function.Function<String, Integer> find = ref -> {
                if (ref.startsWith("@")) {
                    int c = TableRows.column(ref.substring(1).toUpperCase(Locale.ROOT));
                    return c >= 0 ? c : null;
                }
                String n = PayrollMapping.normalise(ref);
                Integer c = byName.get(n);
                if (c == null && lastCount.getOrDefault(n, 0) == 1) {
                    c = byLast.get(n);
                }
                return c;
            };
            List<Integer> known = new ArrayList<>();
            for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
                Integer col = find.apply(e.getValue());
                if (col == null) {
                    if (!mapping.optional(e.getKey())) {
                        problems.add(
                                table.name(), headerRow, e.getValue(), "header.missing", String.join(" | ", headers));
                        broken = true;
                    } else if (!e.getValue().equals(e.getKey())) {
                        // dismissal and new-job columns are often left out of a month with no one leaving
                        warnings.accept(Warning.of("payroll.optional-column-missing", table.name(), e.getValue()));
                    }
                    continue;
                }
                index.put(e.getKey(), col);
                headerOf.put(e.getKey(), header(col));
                known.add(col);
            }
            // 1C's свод has a column only for the kinds that occurred this month: a code column absent from this
            // month is that code read as none (a warning naming both), unless none of them is there at all
            List<Map.Entry<String, String>> absent = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : mapping.codeColumns().entrySet()) {
                List<Integer> cols = new ArrayList<>();
                for (String ref : e.getValue()) {
                    Integer col = find.apply(ref);
                    if (col == null) {
                        absent.add(Map.entry(e.getKey(), ref));
                    } else {
                        cols.add(col);
                        known.add(col);
                    }
                }
                cols.forEach(col -> wideColumns.add(Map.entry(e.getKey(), col)));
            }
            for (Map.Entry<String, String> a : absent) {
                if (wideColumns.isEmpty()) {
                    problems.add(table.name(), headerRow, a.getValue(), "header.missing", String.join(" | ", headers));
                    broken = true;
                } else {
                    warnings.accept(Warning.of("payroll.code-column-missing", table.name(), a.getValue(), a.getKey()));
                }
            }
            for (PayrollMapping.Skip skip : mapping.skips()) {
                String ref = mapping.columns().getOrDefault(skip.column(), skip.column());
                Integer col = find.apply(ref);
                if (col == null) {
                    problems.add(table.name(), headerRow, skip.column(), "header.missing", String.join(" | ", headers));
                    broken = true;
                } else {
                    index.put("skip:" + skip.column(), col);
                }
            }
            for (String ref : mapping.ignore()) {
                Integer col = find.apply(ref);
                if (col != null) {
                    known.add(col);
                }
            }
            for (int col = 0; col < headers.size(); col++) {
                if (!known.contains(col) && !headers.get(col).isEmpty()) {
                    warnings.accept(Warning.of("file.unknown-column", table.name(), headers.get(col)));
                }
            }
            if (mapping.period().orElse(null) instanceof PayrollMapping.PeriodRule.FromTitle) {
                titlePeriod = periodIn(title.toString());
                if (titlePeriod.isEmpty() && fallbackPeriod.isEmpty()) {
                    problems.add(
                            table.name(),
                            1,
                            "-",
                            "mapping.no-period-in-title",
                            title.toString().strip().length() > 80
                                    ? title.substring(0, 80)
                                    : title.toString().strip());
                    broken = true;
                }
            }
            ready = !broken;
            index.values().forEach(used::add);
            wideColumns.forEach(w -> used.add(w.getValue()));
            employeeIdSlot = slot("employee_id");
            iinSlot = slot("iin");
            nameSlot = slot("full_name");
            periodSlot = slot("period");
            payDateSlot = slot("pay_date");
            dismissalSlot = slot("dismissal_date");
            newEmployerSlot = slot("new_employer");
            newAddressSlot = slot("new_address");
            codeSlot = slot("code");
            kindSlot = slot("kind");
        }

        private Slot slot(String field) {
            Integer col = index.get(field);
            return new Slot(col == null ? -1 : col, col == null ? field : header(col), fillDown.contains(field));
        }

        private String header(int col) {
            return col < headers.size() && !headers.get(col).isEmpty() ? headers.get(col) : TableRows.letter(col);
        }

        private Cell cell(long row, List<TableCell> cells, Slot slot) {
            return new Cell(table.name(), row, slot.header, text(cells, slot));
        }

        /** A field's text in this row, or the one carried down to it. */
        private String text(List<TableCell> cells, Slot slot) {
            if (slot.col < 0) {
                return "";
            }
            String text = cellText(cells, slot.col);
            if (slot.fillDown) {
                if (text.isEmpty()) {
                    text = slot.carried;
                } else {
                    slot.carried = text;
                }
            }
            return text;
        }

        /** A required text field: the readers strip cells, so any text is there; a blank one is a problem. */
        private Optional<String> required(long row, List<TableCell> cells, Slot slot) {
            String text = text(cells, slot);
            return !text.isEmpty()
                    ? Optional.of(text)
                    : new Cell(table.name(), row, slot.header, text).text(problems, Need.REQUIRED);
        }

        private void data(long row, List<TableCell> cells) {
            for (int col = 0; typed && col < cells.size(); col++) {
                TableCell c = cells.get(col);
                boolean unreadable =
                        c.kind() == TableCell.Kind.FORMULA_WITHOUT_VALUE || c.kind() == TableCell.Kind.ERROR;
                if (unreadable && !used.contains(col)) {
                    // a cell is checked when it is used: a column the mapping ignores or does not name is not read
                    unread.computeIfAbsent(col, k -> new long[] {0, row})[0]++;
                    continue;
                }
                if (c.kind() == TableCell.Kind.FORMULA_WITHOUT_VALUE) {
                    problems.add(table.name(), row, header(col), "xlsx.formula-without-value", "");
                    return;
                }
                if (c.kind() == TableCell.Kind.ERROR) {
                    problems.add(table.name(), row, header(col), "xlsx.error-cell", c.text());
                    return;
                }
            }
            Optional<String> employeeId = required(row, cells, employeeIdSlot);
            Optional<IdNumber> iin = iin(iinCell(row, cells));
            Optional<String> name = required(row, cells, nameSlot);
            Optional<YearMonth> period = period(row, cells);
            Optional<LocalDate> payDate = payDate(row, cells, period);
            // the dismissal columns are often not in a month's export at all: nothing to read then
            Cell dismissalCell = dismissalSlot.col < 0 ? null : cell(row, cells, dismissalSlot);
            Optional<LocalDate> dismissal =
                    dismissalCell == null ? Optional.empty() : date(dismissalCell, Need.OPTIONAL);
            Optional<String> newEmployer = newEmployerSlot.col < 0
                    ? Optional.empty()
                    : nonBlank(cell(row, cells, newEmployerSlot).raw());
            Optional<String> newAddress = newAddressSlot.col < 0
                    ? Optional.empty()
                    : nonBlank(cell(row, cells, newAddressSlot).raw());
            boolean ok = employeeId.isPresent()
                    && iin.isPresent()
                    && name.isPresent()
                    && period.isPresent()
                    && payDate.isPresent()
                    && (dismissalCell == null || dismissalCell.isBlank() || dismissal.isPresent());
            List<Map.Entry<String, Integer>> accruals;
            if (mapping.layout() == PayrollMapping.Layout.WIDE) {
                accruals = wideColumns;
            } else {
                Optional<String> code = code(row, cells);
                if (code.isEmpty()) {
                    return;
                }
                if (code.get().equals(PayrollMapping.SKIP)) {
                    skipped.merge("kind = SKIP", 1L, Long::sum);
                    return;
                }
                accruals = List.of(Map.entry(code.get(), index.get("amount")));
            }
            for (Map.Entry<String, Integer> a : accruals) {
                int col = a.getValue();
                TableCell raw = col < cells.size() ? cells.get(col) : TableCell.EMPTY;
                if (raw.text().isEmpty() && mapping.layout() == PayrollMapping.Layout.WIDE) {
                    continue; // the readers strip cells: empty is blank
                }
                Optional<Tenge> amount = amount(new Cell(table.name(), row, header(col), raw.text()), raw);
                if (amount.isEmpty() || !ok) {
                    continue;
                }
                if (amount.get().isZero() && mapping.layout() == PayrollMapping.Layout.WIDE) {
                    continue;
                }
                lines.accept(new PayrollLine(
                        row,
                        employeeId.get(),
                        iin.get(),
                        name.get(),
                        period.get(),
                        payDate.get(),
                        a.getKey(),
                        amount.get(),
                        dismissal,
                        newEmployer,
                        newAddress));
            }
        }

        /** Rows whose IIN was a spreadsheet number that had lost its leading zeros, and the first of them. */
        private long zerosRestored;

        private long zerosFirstRow;

        /**
         * The IIN cell as read. A spreadsheet that stores IINs as numbers drops their leading zeros (everyone born in
         * 2000–2009: {@code 050101…} becomes {@code 50101…}); a number cell of fewer than 12 digits is read with them
         * put back, and the check digit still decides (decision #23). Text cells are read as written.
         */
        private Cell iinCell(long row, List<TableCell> cells) {
            Cell c = cell(row, cells, iinSlot);
            if (iinSlot.col < 0
                    || iinSlot.col >= cells.size()
                    || cells.get(iinSlot.col).kind() != TableCell.Kind.NUMBER) {
                return c;
            }
            String digits = c.raw();
            if (digits.isEmpty() || digits.length() >= 12 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return c;
            }
            String padded = "0".repeat(12 - digits.length()) + digits;
            if (!IdNumber.isValid(padded)) {
                return c;
            }
            if (zerosRestored++ == 0) {
                zerosFirstRow = row;
            }
            return new Cell(c.file(), c.row(), c.column(), padded);
        }

        /** An IIN cell; the same text as the line before is the same reading, without its problem again. */
        private Optional<IdNumber> iin(Cell c) {
            if (lastIin.isPresent() && c.raw().equals(lastIinText)) {
                return lastIin;
            }
            Optional<IdNumber> read = c.idNumber(problems, Need.REQUIRED);
            lastIinText = c.raw();
            lastIin = read;
            return read;
        }

        private Optional<String> code(long row, List<TableCell> cells) {
            if (codeSlot.col >= 0) {
                return cell(row, cells, codeSlot).text(problems, Need.REQUIRED).map(s -> s.toUpperCase(Locale.ROOT));
            }
            Optional<String> name = required(row, cells, kindSlot);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            String code = kindCodes.get(name.get());
            if (code == null) {
                code = mapping.kinds().get(PayrollMapping.normalise(name.get()));
                if (code != null) {
                    kindCodes.put(name.get(), code);
                }
            }
            if (code == null) {
                problems.add(table.name(), row, kindSlot.header, "mapping.unknown-kind", name.get(), mappingName);
                return Optional.empty();
            }
            return Optional.of(code);
        }

        /** The period of every row when the export has no period column: fixed, from the title, or given. */
        private Optional<YearMonth> constantPeriod;
        /** The last period cell read and its reading: a month's export has one period. */
        private String lastPeriodText;

        private Optional<YearMonth> lastPeriod = Optional.empty();

        private Optional<YearMonth> period(long row, List<TableCell> cells) {
            if (periodSlot.col >= 0) {
                Cell c = cell(row, cells, periodSlot);
                if (c.raw().equals(lastPeriodText)) {
                    return lastPeriod;
                }
                Optional<YearMonth> read = readPeriod(c);
                if (read.isPresent()) {
                    lastPeriodText = c.raw();
                    lastPeriod = read;
                }
                return read;
            }
            if (constantPeriod == null) {
                constantPeriod = mapping.period().orElse(null) instanceof PayrollMapping.PeriodRule.Fixed f
                        ? Optional.of(f.period())
                        : titlePeriod.or(() -> fallbackPeriod);
            }
            return constantPeriod;
        }

        private Optional<YearMonth> readPeriod(Cell c) {
            if (NUMERIC_PERIOD.matcher(c.raw()).matches()) {
                if (ISO_DATE.matcher(c.raw()).matches()) {
                    return Optional.of(YearMonth.from(LocalDate.parse(c.raw())));
                }
                return c.period(problems, Need.REQUIRED);
            }
            Optional<YearMonth> named = periodIn(c.raw());
            return named.isPresent() ? named : c.period(problems, Need.REQUIRED);
        }

        private Optional<LocalDate> payDate(long row, List<TableCell> cells, Optional<YearMonth> period) {
            if (payDateSlot.col >= 0) {
                return date(cell(row, cells, payDateSlot), Need.REQUIRED);
            }
            PayrollMapping.PayDateRule rule = mapping.payDate().orElseThrow();
            if (rule instanceof PayrollMapping.PayDateRule.Fixed f) {
                return Optional.of(f.date());
            }
            PayrollMapping.PayDateRule.DayOf d = (PayrollMapping.PayDateRule.DayOf) rule;
            return period.map(p -> {
                YearMonth m = p.plusMonths(d.monthsAfterPeriod());
                return m.atDay(Math.min(d.day(), m.lengthOfMonth()));
            });
        }

        /** Dates as the export writes them, read once each (a month has few distinct dates). */
        private final Map<String, LocalDate> dates = new HashMap<>();

        private String lastDateText;
        private Optional<LocalDate> lastDate = Optional.empty();

        /** A date as text, or an Excel serial number in a cell without a date format. */
        private Optional<LocalDate> date(Cell c, Need need) {
            if (c.raw().isEmpty()) {
                return c.date(problems, need);
            }
            if (c.raw().equals(lastDateText)) {
                return lastDate;
            }
            LocalDate known = dates.get(c.raw());
            Optional<LocalDate> read = known != null ? Optional.of(known) : readDate(c, need);
            if (read.isPresent() && known == null && dates.size() < 10_000) {
                dates.put(c.raw(), read.get());
            }
            if (read.isPresent()) {
                lastDateText = c.raw();
                lastDate = read;
            }
            return read;
        }

        private Optional<LocalDate> readDate(Cell c, Need need) {
            Matcher serial = SERIAL.matcher(c.raw());
            if (serial.matches()) {
                // a serial number in a cell without a date format: in the workbook's own date system
                return Optional.of(table.dateEpoch().plusDays(Long.parseLong(serial.group(1))));
            }
            // as 1C and Excel write dates in text: 5.11.2026, 05.11.2026 0:00:00, 2026-11-05T00:00:00 — the day counts
            Matcher loose = LOOSE_DATE.matcher(c.raw());
            if (loose.matches()) {
                String day = loose.group(4) != null
                        ? loose.group(4)
                        : "%02d.%02d.%s"
                                .formatted(
                                        Integer.parseInt(loose.group(1)),
                                        Integer.parseInt(loose.group(2)),
                                        loose.group(3));
                return new Cell(c.file(), c.row(), c.column(), day).date(problems, need);
            }
            return c.date(problems, need);
        }

        /** A number cell exactly, a text cell as CONTRACT §3 reads amounts. */
        private static final BigDecimal MILLIONTH = new BigDecimal("0.000001");

        private Optional<Tenge> amount(Cell c, TableCell raw) {
            if (raw.kind() == TableCell.Kind.NUMBER) {
                BigDecimal plain = Cell.plainAmount(raw.text());
                if (plain != null) {
                    return Optional.of(new Tenge(plain));
                }
                BigDecimal exact = new BigDecimal(raw.text());
                BigDecimal tiyn = exact.setScale(2, RoundingMode.HALF_UP);
                if (exact.subtract(tiyn).abs().compareTo(MILLIONTH) > 0) {
                    problems.add(c.file(), c.row(), c.column(), "amount.too-many-decimals", raw.text());
                    return Optional.empty();
                }
                return Optional.of(new Tenge(tiyn));
            }
            return c.amount(problems, Need.REQUIRED);
        }

        void finish() {
            if (!ready && !broken && problems.isEmpty()) {
                problems.add(
                        table.name(),
                        1,
                        "-",
                        "mapping.no-header",
                        Integer.toString(mapping.headerRow()),
                        Integer.toString(mapping.headerRow()));
            }
            if (zerosRestored > 0) {
                warnings.accept(Warning.of(
                        "payroll.iin-leading-zeros",
                        table.name(),
                        Long.toString(zerosRestored),
                        Long.toString(zerosFirstRow),
                        iinSlot.header));
            }
            unread.forEach((col, seen) -> warnings.accept(Warning.of(
                    "payroll.unread-cells",
                    table.name(),
                    header(col),
                    Long.toString(seen[0]),
                    Long.toString(seen[1]))));
            skipped.forEach((rule, count) ->
                    warnings.accept(Warning.of("payroll.rows-skipped", table.name(), Long.toString(count), rule)));
        }
    }

    /** Where a canonical field is in the export ({@code col} -1: not there), and the text carried down to it. */
    private static final class Slot {
        final int col;
        final String header;
        final boolean fillDown;
        String carried = "";

        Slot(int col, String header, boolean fillDown) {
            this.col = col;
            this.header = header;
            this.fillDown = fillDown;
        }
    }

    private static boolean allBlank(List<TableCell> cells) {
        for (TableCell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cellText(List<TableCell> cells, int col) {
        return col < cells.size() ? cells.get(col).text() : ""; // the readers strip every cell
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** A month named in Russian or Kazakh with a year ("за октябрь 2026 г.", "2026 жылғы қазан"). */
    static Optional<YearMonth> periodIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher year = Pattern.compile("(20\\d{2})").matcher(t);
        if (!year.find()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Integer> m : MONTHS.entrySet()) {
            if (Pattern.compile("(^|[^а-яәғқңөұүһі])" + m.getKey()).matcher(t).find()) {
                return Optional.of(YearMonth.of(Integer.parseInt(year.group(1)), m.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
            {"январ", "қаңтар"}, {"феврал", "ақпан"}, {"март", "наурыз"}, {"апрел", "сәуір"}, {"ма[йя]", "мамыр"},
            {"июн", "маусым"}, {"июл", "шілде"}, {"август", "тамыз"}, {"сентябр", "қыркүйек"}, {"октябр", "қазан"},
            {"ноябр", "қараша"}, {"декабр", "желтоқсан"}
        };
        for (int i = 0; i < names.length; i++) {
            m.put(names[i][0], i + 1);
            m.put(names[i][1], i + 1);
        }
        return m;
    }
}
