package kz.ustau.adapter.writ;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.adapter.files.WritCells;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import kz.ustau.app.Warning;
import kz.ustau.app.WritColumns;
import kz.ustau.app.WritRecord;
import kz.ustau.app.port.WritSource;
import kz.ustau.domain.writ.Writ;

/**
 * The writs file (CONTRACT §4.2): one line per writ of execution. Every cell is checked, and the cells of a line
 * against each other (a periodic writ needs a share or a fixed sum, any other writ a debt, an end not before the
 * start, an account to pay to); every problem is reported with its row and column.
 */
public final class WritsCsv implements WritSource {
    static final List<String> REQUIRED = WritColumns.REQUIRED;
    static final List<String> OPTIONAL = WritColumns.OPTIONAL;
    /** Every column of CONTRACT §4.2, required first, in the order a registry writes them. */
    public static final List<String> COLUMNS = WritColumns.ALL;

    /** KBe of a resident person (NBK 203), the default for a claimant paid directly (CONTRACT §4.2). */
    static final String PERSON_KBE = "19";

    private final Path file;
    private final String name;
    private final Optional<Charset> encoding;
    private CsvInput input;

    public WritsCsv(Path file, String name, Optional<Charset> encoding) {
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
    public List<WritRecord> read(ReferenceTables tables, Problems problems, Consumer<Warning> warnings)
            throws IOException {
        Optional<CsvInput> opened = CsvInput.open(file, name, encoding, REQUIRED, OPTIONAL, problems, warnings);
        List<WritRecord> writs = new ArrayList<>();
        if (opened.isEmpty()) {
            return writs;
        }
        input = opened.get();
        Map<String, Long> ids = new HashMap<>();
        try (CsvInput in = input) {
            Optional<CsvInput.Row> next;
            while ((next = in.next(problems)).isPresent()) {
                CsvInput.Row row = next.get();
                int before = problems.size();
                Optional<Writ> writ =
                        new WritCells(name, row.line(), row::get, in::column).writ(tables, problems, warnings);
                Optional<String> id = Optional.of(row.get("writ_id")).filter(s -> !s.isEmpty());
                if (id.isPresent()) {
                    Long first = ids.putIfAbsent(id.get(), row.line());
                    if (first != null) {
                        problems.add(
                                name,
                                row.line(),
                                in.column("writ_id"),
                                "writ.duplicate",
                                id.get(),
                                Long.toString(first));
                    }
                }
                if (writ.isPresent() && problems.size() == before) {
                    Map<String, String> cells = new java.util.LinkedHashMap<>();
                    for (String column : COLUMNS) {
                        cells.put(column, row.get(column));
                    }
                    writs.add(new WritRecord(writ.get(), row.line(), cells));
                }
            }
        }
        return writs;
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
