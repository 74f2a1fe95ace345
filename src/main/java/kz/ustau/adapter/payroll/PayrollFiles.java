package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.adapter.files.Cell;
import kz.ustau.adapter.files.PropertiesFile;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.app.port.PayrollSource;

/**
 * Chooses the reader for a payroll file (CONTRACT §2 {@code --payroll}, {@code --mapping}): the canonical CSV, the
 * canonical layout in an XLSX sheet, or any layout through a mapping file or a preset ({@code preset:1c-svod}).
 */
public final class PayrollFiles {
    /** The mapping presets shipped in the jar ({@code kz/ustau/mapping/<name>.properties}). */
    public static final List<String> PRESETS = List.of("1c-svod", "1c-vedomost", "kk-tabel");

    private PayrollFiles() {}

    public static PayrollSource open(
            Path payroll,
            String name,
            Optional<String> mapping,
            Optional<Charset> encoding,
            Optional<YearMonth> period,
            Optional<Long> maxRows)
            throws IOException {
        boolean xlsx = payroll.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (mapping.isEmpty()) {
            if (!xlsx) {
                return new CanonicalCsvPayroll(payroll, name, encoding);
            }
            PayrollMapping canonical = PayrollMapping.canonical();
            return new MappedPayroll(
                    new PipelinedRows(
                            new XlsxTable(payroll, name, Optional.empty(), maxRows.orElse(canonical.maxRows()))),
                    canonical,
                    "CONTRACT §4.1",
                    period);
        }
        Problems problems = new Problems();
        Optional<PayrollMapping> parsed = load(mapping.get(), problems);
        if (parsed.isEmpty()) {
            return new Refused(name, problems);
        }
        PayrollMapping m = parsed.get();
        long limit = maxRows.orElse(m.maxRows());
        TableRows table = xlsx
                ? new XlsxTable(payroll, name, m.sheet(), limit)
                : new CsvTable(payroll, name, encoding.or(m::encoding), m.delimiter(), limit);
        // a workbook's XML is parsed on a thread of its own while rows are mapped; a CSV table is cheaper to parse than
        // to hand between threads on two cores, so it is read on the caller's (bench-import.sh: 0.79 s against 0.92 s)
        return new MappedPayroll(xlsx ? new PipelinedRows(table) : table, m, mapping.get(), period);
    }

    /** Checks a mapping file as a run would read it: every problem goes to {@code problems}, named as {@code name}. */
    public static void checkMapping(Path file, String name, Problems problems) throws IOException {
        Problems found = new Problems();
        load(file.toString(), found);
        for (kz.ustau.app.InputProblem p : found.all()) {
            problems.add(
                    p.file().equals(file.toString())
                            ? new kz.ustau.app.InputProblem(name, p.row(), p.column(), p.code(), p.found(), p.args())
                            : p);
        }
    }

    /** A mapping from a file, or a preset shipped in the jar. */
    static Optional<PayrollMapping> load(String mapping, Problems problems) throws IOException {
        Optional<Map<String, Cell>> cells;
        if (mapping.startsWith("preset:")) {
            String preset = mapping.substring(7);
            if (!PRESETS.contains(preset)) {
                problems.add(mapping, 1, "-", "mapping.no-such-preset", preset, String.join(", ", PRESETS));
                return Optional.empty();
            }
            Path temp = Files.createTempFile("ustau-preset-", ".properties");
            try (InputStream in =
                    PayrollFiles.class.getResourceAsStream("/kz/ustau/mapping/" + preset + ".properties")) {
                Files.write(temp, in.readAllBytes());
                cells = PropertiesFile.readLines(temp, mapping, problems);
            } finally {
                Files.deleteIfExists(temp);
            }
        } else {
            cells = PropertiesFile.readLines(Path.of(mapping), mapping, problems);
        }
        return cells.flatMap(c -> PayrollMapping.parse(c, mapping, problems));
    }

    /** A source that only reports why it cannot be read. */
    private record Refused(String name, Problems found) implements PayrollSource {
        @Override
        public void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) {
            problems.addAll(found);
        }
    }
}
