package kz.ustau.adapter.payroll;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.Problems;

/**
 * A CSV export as raw rows, title lines included (CONTRACT §3 encoding rules): the delimiter is the one given, or
 * {@code ;} or {@code ,}, whichever the first lines hold more of outside quotes.
 */
final class CsvTable implements TableRows {
    private static final int CELL_LIMIT = 32_767;
    private final Path file;
    private final String name;
    private final Optional<Charset> encoding;
    private final Optional<Character> delimiter;
    private final long maxRows;

    CsvTable(Path file, String name, Optional<Charset> encoding, Optional<Character> delimiter, long maxRows) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return name;
    }

    /** Every CSV cell is text. */
    @Override
    public boolean typed() {
        return false;
    }

    @Override
    public void read(Sink sink, Problems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(name, 1, "-", "file.missing", file.toString());
            return;
        }
        Charset charset;
        boolean bom = false;
        if (encoding.isPresent()) {
            charset = encoding.get();
        } else {
            TextEncoding.Detected d = TextEncoding.detect(file);
            if (d.problem().isPresent()) {
                problems.add(name, 1, "-", d.problem().get(), "");
                return;
            }
            charset = d.charset().orElseThrow();
            bom = d.bom();
        }
        char sep = delimiter.orElse(guess(file, charset, bom));
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.readNBytes(3);
            }
            CSVReader reader = new CSVReaderBuilder(new BufferedReader(new InputStreamReader(in, charset), 1 << 16))
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(sep).build())
                    .withMultilineLimit(1000)
                    .build();
            long rows = 0;
            while (true) {
                long line = reader.getLinesRead() + 1;
                String[] cells;
                try {
                    cells = reader.readNext();
                } catch (CsvValidationException | CsvMalformedLineException | RuntimeException e) {
                    problems.add(name, line, "-", "file.unreadable", firstLine(e.getMessage()));
                    return;
                }
                if (cells == null) {
                    return;
                }
                if (++rows > maxRows) {
                    problems.add(name, line, "-", "table.too-many-rows", Long.toString(rows), Long.toString(maxRows));
                    return;
                }
                TableCell[] row = new TableCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].length() > CELL_LIMIT) {
                        problems.add(
                                name,
                                line,
                                TableRows.letter(i),
                                "table.cell-too-long",
                                cells[i].substring(0, 40) + "…",
                                Integer.toString(CELL_LIMIT));
                        return;
                    }
                    row[i] = TableCell.text(cells[i].strip());
                }
                if (!sink.row(line, java.util.Arrays.asList(row))) {
                    return;
                }
            }
        }
    }

    static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    /** {@code ;} or {@code ,}: whichever the first 30 lines hold more of, outside quotes. */
    private static char guess(Path file, Charset charset, boolean bom) throws IOException {
        int commas = 0;
        int semicolons = 0;
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.readNBytes(3);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, charset));
            for (int i = 0; i < 30; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                int[] counts = CsvInput.separators(line);
                commas += counts[0];
                semicolons += counts[1];
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
