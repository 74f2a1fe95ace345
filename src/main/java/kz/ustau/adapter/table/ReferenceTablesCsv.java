package kz.ustau.adapter.table;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.adapter.files.LineLimit;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.income.IncomeKind;
import kz.ustau.domain.income.IncomeType;
import kz.ustau.domain.income.IncomeTypeList;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.reference.Bank;
import kz.ustau.domain.reference.BankDirectory;
import kz.ustau.domain.reference.MrpRate;
import kz.ustau.domain.reference.MrpTable;
import kz.ustau.domain.reference.WorkingCalendar;
import kz.ustau.domain.writ.PriorityTable;
import kz.ustau.domain.writ.WritKind;

/**
 * Reads the reference tables (RULES §11; UTF-8 CSV as in shared/domain): each from {@code --tables DIR} when that
 * folder has it, else the copy built into the jar. A bad row is an input problem naming the table file.
 */
public final class ReferenceTablesCsv {
    static final String RESOURCES = "/kz/ustau/tables/";
    public static final List<String> FILES =
            List.of(MrpTable.FILE, WorkingCalendar.FILE, IncomeTypeList.FILE, PriorityTable.FILE, BankDirectory.FILE);

    private ReferenceTablesCsv() {}

    /** The built-in tables; they are checked by the build, so a problem here is a fault. */
    public static ReferenceTables builtIn() {
        Problems problems = new Problems();
        try {
            Optional<ReferenceTables> t = load(Optional.empty(), problems);
            if (problems.isEmpty() && t.isPresent()) {
                return t.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the built-in reference tables are broken");
    }

    public static Optional<ReferenceTables> load(Optional<Path> overrides, Problems problems) throws IOException {
        if (overrides.isPresent() && !Files.isDirectory(overrides.get())) {
            problems.add(
                    overrides.get().toString(),
                    1,
                    "-",
                    "tables.not-a-folder",
                    overrides.get().toString());
            return Optional.empty();
        }
        int before = problems.size();
        MrpTable mrp = mrp(read(MrpTable.FILE, overrides, problems), problems);
        WorkingCalendar calendar = calendar(read(WorkingCalendar.FILE, overrides, problems), problems);
        IncomeTypeList income = income(read(IncomeTypeList.FILE, overrides, problems), problems);
        PriorityTable priority = priority(read(PriorityTable.FILE, overrides, problems), problems);
        BankDirectory banks = banks(read(BankDirectory.FILE, overrides, problems), problems);
        if (problems.size() > before || mrp == null) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceTables(mrp, calendar, income, priority, banks));
    }

    /**
     * The rows of one table, as maps from lower-case header to cell, with their line numbers; {@code broken} when the
     * file could not be read to its end (its problem is reported; the table is then not checked further).
     */
    record Table(String name, List<Map<String, Cell>> rows, boolean broken) {
        Table(String name, List<Map<String, Cell>> rows) {
            this(name, rows, false);
        }
    }

    private static Table read(String file, Optional<Path> overrides, Problems problems) throws IOException {
        Optional<Path> override = overrides.map(d -> d.resolve(file)).filter(Files::isRegularFile);
        String name = override.map(Path::toString).orElse(file);
        long[] at = {1}; // the line the record being read starts on
        try (InputStream in = override.isPresent()
                ? Files.newInputStream(override.get())
                : ReferenceTablesCsv.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in table missing: " + file);
            }
            CSVReader reader = new CSVReaderBuilder(new LineLimit(new InputStreamReader(in, StandardCharsets.UTF_8)))
                    .withCSVParser(new RFC4180ParserBuilder().build())
                    .withMultilineLimit(CsvInput.MULTILINE_LIMIT)
                    .build();
            String[] header = reader.readNext();
            List<Map<String, Cell>> rows = new ArrayList<>();
            if (header == null) {
                problems.add(name, 1, "-", "file.empty", "");
                return new Table(name, rows);
            }
            if (header.length > 0) {
                header[0] = header[0].replace("\uFEFF", "");
            }
            while (true) {
                long line = reader.getLinesRead() + 1;
                at[0] = line;
                String[] cells = reader.readNext();
                if (cells == null) {
                    break;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, Cell> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    String h = header[i].strip();
                    row.put(
                            h.toLowerCase(Locale.ROOT),
                            new Cell(name, line, h, i < cells.length ? cells[i].strip() : ""));
                }
                rows.add(row);
            }
            return new Table(name, rows);
        } catch (LineLimit.TooLong e) {
            CsvInput.tooLong(name, e, problems);
            return new Table(name, List.of(), true);
        } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
            problems.add(name, at[0], "-", "file.unreadable", CsvInput.unclosed(e));
            return new Table(name, List.of(), true);
        } catch (CsvValidationException e) {
            problems.add(name, at[0], "-", "file.unreadable", CsvInput.parserMessage(e.getMessage()));
            return new Table(name, List.of(), true);
        }
    }

    private static Cell cell(Table t, Map<String, Cell> row, String column) {
        Cell c = row.get(column);
        if (c == null) {
            long line = row.values().stream().findFirst().map(Cell::row).orElse(1L);
            return new Cell(t.name(), line, column, "");
        }
        return c;
    }

    private static MrpTable mrp(Table t, Problems problems) {
        if (t.broken()) {
            return null;
        }
        int before = problems.size();
        List<MrpRate> rates = new ArrayList<>();
        Map<LocalDate, Long> seen = new HashMap<>();
        for (Map<String, Cell> row : t.rows()) {
            Optional<LocalDate> from = cell(t, row, "from").date(problems, Need.REQUIRED);
            Optional<Tenge> mrp = cell(t, row, "mrp").positiveAmount(problems, Need.REQUIRED);
            Optional<Tenge> pm = cell(t, row, "pm").positiveAmount(problems, Need.REQUIRED);
            Optional<Tenge> mzp = cell(t, row, "mzp").positiveAmount(problems, Need.REQUIRED);
            if (from.isPresent()
                    && seen.putIfAbsent(from.get(), cell(t, row, "from").row()) != null) {
                Cell c = cell(t, row, "from");
                problems.add(c.file(), c.row(), c.column(), "table.duplicate-row", c.raw());
                continue;
            }
            if (from.isPresent() && mrp.isPresent() && pm.isPresent() && mzp.isPresent()) {
                rates.add(new MrpRate(from.get(), mrp.get(), pm.get(), mzp.get()));
            }
        }
        if (rates.isEmpty()) {
            if (problems.size() == before) {
                problems.add(t.name(), 1, "-", "table.empty", "");
            }
            return null;
        }
        return new MrpTable(rates);
    }

    private static WorkingCalendar calendar(Table t, Problems problems) {
        if (t.broken()) {
            return null;
        }
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (Map<String, Cell> row : t.rows()) {
            Optional<LocalDate> date = cell(t, row, "date").date(problems, Need.REQUIRED);
            Optional<String> day = cell(t, row, "day").oneOf(problems, Need.REQUIRED, List.of("off", "work"));
            if (date.isPresent() && day.isPresent()) {
                if (days.put(date.get(), day.get().equals("work")) != null) {
                    Cell c = cell(t, row, "date");
                    problems.add(c.file(), c.row(), c.column(), "table.duplicate-row", c.raw());
                }
            }
        }
        return new WorkingCalendar(days);
    }

    private static IncomeTypeList income(Table t, Problems problems) {
        if (t.broken()) {
            return null;
        }
        List<IncomeType> types = new ArrayList<>();
        for (Map<String, Cell> row : t.rows()) {
            Optional<String> code = cell(t, row, "code").text(problems, Need.REQUIRED);
            Optional<String> kind = cell(t, row, "kind")
                    .oneOf(problems, Need.REQUIRED, List.of("ACCRUAL", "TAX", "PAYOUT", "DEDUCTION", "EMPLOYER"));
            Cell attachableCell = cell(t, row, "attachable");
            Optional<String> attachable = kind.filter("ACCRUAL"::equals).isPresent()
                    ? attachableCell.oneOf(problems, Need.REQUIRED, List.of("Y", "N"))
                    : attachableCell.oneOf(problems, Need.OPTIONAL, List.of("N"));
            Optional<LocalDate> from = cell(t, row, "valid_from").date(problems, Need.REQUIRED);
            if (code.isPresent() && kind.isPresent() && from.isPresent()) {
                types.add(new IncomeType(
                        code.get(),
                        IncomeKind.valueOf(kind.get()),
                        attachable.filter("Y"::equals).isPresent(),
                        from.get(),
                        cell(t, row, "name_ru").raw(),
                        cell(t, row, "name_kk").raw(),
                        cell(t, row, "basis").raw()));
            }
        }
        return new IncomeTypeList(types);
    }

    private static PriorityTable priority(Table t, Problems problems) {
        if (t.broken()) {
            return null;
        }
        List<WritKind> kinds = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map<String, Cell> row : t.rows()) {
            Optional<String> kind = cell(t, row, "kind").text(problems, Need.REQUIRED);
            if (kind.isPresent() && !seen.add(kind.get())) {
                Cell c = cell(t, row, "kind");
                problems.add(c.file(), c.row(), c.column(), "table.duplicate-row", c.raw());
                continue;
            }
            Optional<Integer> queue = cell(t, row, "queue").integer(problems, Need.REQUIRED, 1, 5);
            Optional<String> periodic = cell(t, row, "periodic").oneOf(problems, Need.REQUIRED, List.of("Y", "N"));
            Optional<String> prot = cell(t, row, "protected").oneOf(problems, Need.REQUIRED, List.of("Y", "N"));
            if (kind.isPresent() && queue.isPresent() && periodic.isPresent() && prot.isPresent()) {
                kinds.add(new WritKind(
                        kind.get(),
                        queue.get(),
                        periodic.get().equals("Y"),
                        prot.get().equals("Y"),
                        cell(t, row, "basis").raw()));
            }
        }
        return new PriorityTable(kinds);
    }

    private static BankDirectory banks(Table t, Problems problems) {
        if (t.broken()) {
            return null;
        }
        List<Bank> banks = new ArrayList<>();
        for (Map<String, Cell> row : t.rows()) {
            Cell codeCell = cell(t, row, "bank_code");
            Optional<String> code = codeCell.text(problems, Need.REQUIRED);
            if (code.isPresent() && !code.get().matches("\\d{3}")) {
                problems.add(codeCell.file(), codeCell.row(), codeCell.column(), "bank.code", code.get());
                code = Optional.empty();
            }
            Optional<Bic> bic = cell(t, row, "bic").bic(problems, Need.REQUIRED);
            String given = code.orElse("");
            if (code.isPresent() && banks.stream().anyMatch(b -> b.code().equals(given))) {
                problems.add(codeCell.file(), codeCell.row(), codeCell.column(), "table.duplicate-row", given);
                continue;
            }
            if (code.isPresent() && bic.isPresent()) {
                banks.add(new Bank(code.get(), bic.get(), cell(t, row, "name").raw()));
            }
        }
        return new BankDirectory(banks);
    }
}
