package kz.ustau.adapter.payroll;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import kz.ustau.adapter.files.CsvInput;
import kz.ustau.adapter.files.LineLimit;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.Problems;
import kz.ustau.domain.id.IdNumber;

/**
 * A CSV export as raw rows, title lines included (CONTRACT §3 encoding rules): the delimiter is the one given, or
 * {@code ;} or {@code ,}, whichever the first lines hold more of outside quotes.
 *
 * <p>Read with FastCSV (RFC 4180, quoted multi-line cells, the physical line each record starts on), each cell made
 * straight from the parser's buffer, stripped, without an intermediate array of strings: the export of a million
 * lines is the one file Ustau reads whose size is the employer's (issue 4, decision #22). FastCSV is lenient where a
 * payroll must not be: a quote opened and never closed would swallow the rest of the file into one cell, so that is
 * checked against the file's end and refused.
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
        char sep;
        try {
            sep = delimiter.isPresent() ? delimiter.get() : guess(file, charset, bom);
        } catch (LineLimit.TooLong e) {
            CsvInput.tooLong(name, e, problems);
            return;
        }
        try (LineLimit in = LineLimit.open(file, charset, bom)) {
            Cells cells = new Cells();
            try (CsvReader<TableCell[]> reader = CsvReader.builder()
                    .fieldSeparator(sep)
                    .skipEmptyLines(false)
                    .acceptCharsAfterQuotes(false)
                    .build(cells, in)) {
                long rows = 0;
                for (var it = reader.iterator(); ; ) {
                    TableCell[] row;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        row = it.next();
                    } catch (CsvParseException | UncheckedIOException e) {
                        if (e instanceof UncheckedIOException io) {
                            if (io.getCause() instanceof LineLimit.TooLong tooLong) {
                                CsvInput.tooLong(name, tooLong, problems);
                                return;
                            }
                            throw io.getCause();
                        }
                        Throwable why = e.getCause() != null ? e.getCause() : e;
                        String message = String.valueOf(why.getMessage());
                        // FastCSV's own limit (16 M characters in a field): a quote opened and never closed
                        String found = message.contains("maximum buffer size")
                                ? "\"…"
                                : CsvInput.lineStart(file, charset, bom, cells.line)
                                        .orElse(CsvInput.parserMessage(message));
                        problems.add(name, cells.line, "-", "file.unreadable", found);
                        return;
                    }
                    if (cells.tooLong >= 0) {
                        problems.add(
                                name,
                                cells.line,
                                TableRows.letter(cells.tooLong),
                                "table.cell-too-long",
                                cells.tooLongStart + "…",
                                Integer.toString(CELL_LIMIT));
                        return;
                    }
                    if (++rows > maxRows) {
                        problems.add(
                                name,
                                cells.line,
                                "-",
                                "table.too-many-rows",
                                Long.toString(rows),
                                Long.toString(maxRows));
                        return;
                    }
                    if (!sink.row(cells.line, Arrays.asList(row))) {
                        return;
                    }
                }
            }
            if (cells.lastQuoted != null && !CsvInput.closedAtEnd(file, charset, cells.lastQuoted)) {
                problems.add(name, cells.line, "-", "file.unreadable", CsvInput.excerpt('"' + cells.lastQuoted));
            }
        }
    }

    /**
     * Each record as the cells the mapping reads: stripped as they are made; a cell over the limit remembered (its
     * column and first 40 characters), not made; the last record's last field kept when it was quoted.
     */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<TableCell[]> {
        private TableCell[] fields = new TableCell[32];
        private int count;
        private long line;
        private int tooLong = -1;
        private String tooLongStart;
        private String lastQuoted;

        @Override
        protected void handleBegin(long startingLine) {
            line = startingLine;
            count = 0;
            lastQuoted = null;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
            if (len > CELL_LIMIT && tooLong < 0) {
                tooLong = index;
                tooLongStart = IdNumber.maskAll(new String(buf, offset, 40));
            }
            int from = offset;
            int to = offset + Math.min(len, CELL_LIMIT);
            while (from < to && Character.isWhitespace(buf[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(buf[to - 1])) {
                to--;
            }
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, count * 2);
            }
            fields[count++] = from == to ? TableCell.EMPTY : TableCell.text(new String(buf, from, to - from));
            lastQuoted = quoted ? new String(buf, offset, len) : null;
        }

        @Override
        protected RecordWrapper<TableCell[]> buildRecord() {
            return wrapRecord(Arrays.copyOf(fields, count));
        }
    }

    /** {@code ;} or {@code ,}: whichever the first 30 lines hold more of, outside quotes. */
    private static char guess(Path file, Charset charset, boolean bom) throws IOException {
        int commas = 0;
        int semicolons = 0;
        try (BufferedReader r = new BufferedReader(LineLimit.open(file, charset, bom))) {
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
