package kz.ustau.adapter.files;

import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;
import kz.ustau.domain.id.IdNumber;

/**
 * A CSV input read as CONTRACT §3 says: encoding detected (or forced), delimiter {@code ,} or {@code ;} from the header
 * line, RFC 4180 quoting, headers matched case-insensitively with spaces ignored, column order free, unknown columns
 * named in the warnings. Records stream one at a time with the physical line where each starts.
 *
 * <p>Parsed by FastCSV, each cell stripped as it is made from the parser's buffer (issue 21: opencsv's reading was
 * 60 % of the canonical payroll's; a million-line month is the one file whose size is the employer's). FastCSV is
 * lenient where an input must not be, so this class adds what opencsv refused: a record over {@link #MULTILINE_LIMIT}
 * physical lines, a quote never closed before the file's end, text after a closing quote.
 */
public final class CsvInput implements Closeable {
    /**
     * Most physical lines one record may span; a longer quoted cell is a broken file, not a record (an address over
     * a few lines is the most a writ or a payroll line holds). With {@link LineLimit#CHARS} it bounds what a quote
     * opened and never closed gathers into one record — the parser copies it line by line — to what {@code -Xmx256m}
     * holds.
     */
    public static final int MULTILINE_LIMIT = 20;

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final String name;
    private final CsvReader<String[]> reader;
    private final CloseableIterator<String[]> records;
    private final Fields fields;
    private final Map<String, Integer> index;
    private final List<String> header;
    private boolean ended;

    private CsvInput(
            Path file,
            Charset charset,
            boolean bom,
            String name,
            CsvReader<String[]> reader,
            CloseableIterator<String[]> records,
            Fields fields,
            List<String> header,
            Map<String, Integer> index) {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
        this.name = name;
        this.reader = reader;
        this.records = records;
        this.fields = fields;
        this.header = header;
        this.index = index;
    }

    /**
     * Opens {@code file} and reads its header. Empty when the file cannot be used at all (missing, empty, UTF-16,
     * a NUL byte, a required column missing): each problem is reported.
     */
    public static Optional<CsvInput> open(
            Path file,
            String name,
            Optional<Charset> forced,
            List<String> required,
            List<String> optional,
            Problems problems,
            Consumer<Warning> warnings)
            throws IOException {
        return open(file, name, forced, null, required, optional, problems, warnings);
    }

    /** The same, with the encoding's detection begun {@code ahead} (null: detected now). */
    public static Optional<CsvInput> open(
            Path file,
            String name,
            Optional<Charset> forced,
            TextEncoding.Ahead ahead,
            List<String> required,
            List<String> optional,
            Problems problems,
            Consumer<Warning> warnings)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(name, 1, "-", Files.exists(file) ? "file.not-a-file" : "file.missing", file.toString());
            return Optional.empty();
        }
        Charset charset;
        boolean bom;
        if (forced.isPresent()) {
            charset = forced.get();
            bom = charset.equals(StandardCharsets.UTF_8) && startsWithBom(file);
        } else {
            TextEncoding.Detected detected = ahead == null ? TextEncoding.detect(file) : ahead.get(file);
            if (detected.problem().isPresent()) {
                problems.add(name, 1, "-", detected.problem().get(), "");
                return Optional.empty();
            }
            charset = detected.charset().orElseThrow();
            bom = detected.bom();
        }
        String firstLine;
        try {
            firstLine = firstLine(file, charset, bom);
        } catch (LineLimit.TooLong e) {
            tooLong(name, e, problems);
            return Optional.empty();
        }
        if (firstLine.isBlank()) {
            problems.add(name, 1, "-", "file.empty", "");
            return Optional.empty();
        }
        char separator = separator(firstLine);
        LineLimit in = LineLimit.open(file, charset, bom);
        Fields fields = new Fields();
        CsvReader<String[]> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .acceptCharsAfterQuotes(false)
                .build(fields, in);
        CloseableIterator<String[]> records = reader.iterator();
        int before = problems.size();
        Optional<String[]> first = next(file, charset, bom, name, records, fields, problems);
        if (first.isEmpty()) {
            reader.close();
            if (problems.size() == before) {
                problems.add(name, 1, "-", "file.empty", "");
            }
            return Optional.empty();
        }
        String[] cells = first.get();
        List<String> header = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String h = cells[i];
            header.add(h);
            String key = h.toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(key, i) != null) {
                problems.add(name, 1, h, "header.duplicate", h);
            } else if (!required.contains(key) && !optional.contains(key)) {
                warnings.accept(Warning.of("file.unknown-column", name, h));
            }
        }
        boolean ok = true;
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(name, 1, column, "header.missing", String.join(String.valueOf(separator), header));
                ok = false;
            }
        }
        if (!ok) {
            reader.close();
            return Optional.empty();
        }
        return Optional.of(new CsvInput(file, charset, bom, name, reader, records, fields, header, index));
    }

    /**
     * The next record's cells, or empty at the end of the file and when the file is broken there (the problem is
     * reported: a line too long, a quote never closed, a record over {@link #MULTILINE_LIMIT} lines, text after a
     * closing quote).
     */
    private static Optional<String[]> next(
            Path file,
            Charset charset,
            boolean bom,
            String name,
            CloseableIterator<String[]> records,
            Fields fields,
            Problems problems)
            throws IOException {
        String[] cells;
        try {
            if (!records.hasNext()) {
                if (fields.lastQuoted != null && !closedAtEnd(file, charset, fields.lastQuoted)) {
                    problems.add(name, fields.line, "-", "file.unreadable", excerpt('"' + fields.lastQuoted));
                }
                return Optional.empty();
            }
            cells = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineLimit.TooLong tooLong) {
                tooLong(name, tooLong, problems);
                return Optional.empty();
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            Throwable why = e.getCause() != null ? e.getCause() : e;
            if (why instanceof UncheckedIOException io && io.getCause() instanceof LineLimit.TooLong tooLong) {
                tooLong(name, tooLong, problems);
                return Optional.empty();
            }
            if (why instanceof LineLimit.TooLong tooLong) {
                tooLong(name, tooLong, problems);
                return Optional.empty();
            }
            String message = String.valueOf(why.getMessage());
            // FastCSV's own limit (16 M characters in a field): a quote opened and never closed
            String found = message.contains("maximum buffer size")
                    ? "\"…"
                    : lineStart(file, charset, bom, fields.line).orElse(parserMessage(message));
            problems.add(name, fields.line, "-", "file.unreadable", found);
            return Optional.empty();
        }
        if (fields.lines > MULTILINE_LIMIT) {
            // a quote opened and never closed swallows the lines after it: what it swallowed is not a record
            problems.add(
                    name,
                    fields.line,
                    "-",
                    "file.unreadable",
                    lineStart(file, charset, bom, fields.line).orElse("\"…"));
            return Optional.empty();
        }
        return Optional.of(cells);
    }

    /**
     * The start of a physical line as the file has it (IINs masked, at most 40 characters), to show where the quoting
     * broke instead of the parser's English message; empty when it cannot be read.
     */
    public static Optional<String> lineStart(Path file, Charset charset, boolean bom, long line) {
        try (BufferedReader r = new BufferedReader(LineLimit.open(file, charset, bom))) {
            String text = null;
            for (long n = 1; n <= line; n++) {
                text = r.readLine();
                if (text == null) {
                    return Optional.empty();
                }
            }
            return Optional.ofNullable(text).map(CsvInput::excerpt);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file ends with the last record's last field, quoted, closed: {@code "} + the value with its quotes
     * doubled + {@code "}, then only line breaks. A quote never closed leaves that closing quote missing (the value
     * then also holds the line breaks it swallowed), so the file cannot end so.
     */
    public static boolean closedAtEnd(Path file, Charset charset, String value) throws IOException {
        String expected = '"' + value.replace("\"", "\"\"") + '"';
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int want = (int) Math.min(size, 4L * expected.length() + 8);
            ByteBuffer tail = ByteBuffer.allocate(want);
            ch.position(size - want);
            while (tail.hasRemaining() && ch.read(tail) >= 0) {}
            tail.flip();
            String end = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(tail)
                    .toString();
            int last = end.length();
            while (last > 0 && (end.charAt(last - 1) == '\n' || end.charAt(last - 1) == '\r')) {
                last--;
            }
            return end.substring(0, last).endsWith(expected);
        }
    }

    /**
     * Each record as its cells, stripped as they are made from the parser's buffer; the physical lines it spans
     * counted (a line break can only be inside quotes); its last field kept when it was quoted, to check the file's end.
     */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<String[]> {
        private String[] cells = new String[16];
        private int count;
        private long line;
        private int lines;
        private String lastQuoted;

        @Override
        protected void handleBegin(long startingLine) {
            line = startingLine;
            count = 0;
            lines = 1;
            lastQuoted = null;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
            int from = offset;
            int to = offset + len;
            if (quoted) {
                for (int i = from; i < to; i++) {
                    char c = buf[i];
                    if (c == '\n' || (c == '\r' && (i + 1 == to || buf[i + 1] != '\n'))) {
                        lines++;
                    }
                }
                lastQuoted = lines > MULTILINE_LIMIT ? "" : new String(buf, offset, len);
            } else {
                lastQuoted = null;
            }
            while (from < to && Character.isWhitespace(buf[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(buf[to - 1])) {
                to--;
            }
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
            }
            cells[count++] = from == to ? "" : new String(buf, from, to - from);
        }

        @Override
        protected RecordWrapper<String[]> buildRecord() {
            return wrapRecord(Arrays.copyOf(cells, count));
        }
    }

    /** A parser's message as a problem quotes it: its first line, at most 120 characters, IINs masked. */
    public static String parserMessage(String message) {
        String m = String.valueOf(message).lines().findFirst().orElse("");
        return IdNumber.maskAll(m.length() > 120 ? m.substring(0, 120) + "…" : m);
    }

    /**
     * The start of a record or cell a problem quotes (an unclosed quote swallowed the rest): its first line, at most 40
     * characters, IINs masked: {@code "T001,860814****54,Мұқанов Талғат…}.
     */
    public static String excerpt(String text) {
        String first = text.lines().findFirst().orElse("");
        return IdNumber.maskAll(first.length() > 40 ? first.substring(0, 40) : first) + "…";
    }

    /**
     * A quote never closed (to the end of the file, or over more than {@link #MULTILINE_LIMIT} lines): what the
     * parser kept of the record, as the file has it, IINs masked — not its English message.
     */
    public static String unclosed(IOException e) {
        String context = e instanceof CsvMalformedLineException m
                ? m.getContext()
                : e instanceof CsvMultilineLimitBrokenException b ? b.getContext() : null;
        return context != null ? excerpt(context) : parserMessage(e.getMessage());
    }

    /** A line over {@link LineLimit#CHARS}: the file is not a CSV this tool can read, whatever its name. */
    public static void tooLong(String name, LineLimit.TooLong e, Problems problems) {
        problems.add(name, e.line(), "-", "file.line-too-long", e.excerpt(), Integer.toString(e.limit()));
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(3);
            return b.length == 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        }
    }

    private static String firstLine(Path file, Charset charset, boolean bom) throws IOException {
        try (BufferedReader r = new BufferedReader(LineLimit.open(file, charset, bom))) {
            String line = r.readLine();
            return line == null ? "" : line;
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** {@code ;} when the header line has more semicolons than commas outside quotes, else {@code ,}. */
    static char separator(String headerLine) {
        int[] counts = separators(headerLine);
        return counts[1] > counts[0] ? ';' : ',';
    }

    /** Commas and semicolons outside quotes in {@code line} (the first 10,000 characters): {commas, semicolons}. */
    public static int[] separators(String line) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        int end = Math.min(line.length(), 10_000);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return new int[] {commas, semicolons};
    }

    public String name() {
        return name;
    }

    /** The column as the file writes it, for a canonical (lower-case) name; the canonical name when it is absent. */
    public String column(String canonical) {
        Integer i = index.get(canonical);
        return i == null ? canonical : header.get(i);
    }

    public boolean has(String canonical) {
        return index.containsKey(canonical);
    }

    /** The position of a canonical column, or -1 when the file has no such column: looked up once, not per row. */
    public int position(String canonical) {
        Integer i = index.get(canonical);
        return i == null ? -1 : i;
    }

    /**
     * The next non-blank record, or empty at the end. A record with cells beyond the header is reported, and read
     * with the cells it has.
     */
    public Optional<Row> next(Problems problems) throws IOException {
        while (!ended) {
            Optional<String[]> read = next(file, charset, bom, name, records, fields, problems);
            if (read.isEmpty()) {
                ended = true;
                return Optional.empty();
            }
            String[] cells = read.get();
            long start = fields.line;
            if (cells.length == 1 && cells[0].isEmpty()) {
                continue;
            }
            for (int i = header.size(); i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    problems.add(name, start, "-", "row.extra-cell", cells[i], Integer.toString(header.size()));
                    break;
                }
            }
            return Optional.of(new Row(start, cells));
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** One record: the line it starts on and its cells, looked up by canonical column name. */
    public final class Row {
        private final long line;
        private final String[] cells;

        Row(long line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        public long line() {
            return line;
        }

        /** The cell, stripped (as it was made); empty when the column is absent or the record is short. */
        public String get(String canonical) {
            Integer i = index.get(canonical);
            if (i == null || i >= cells.length) {
                return "";
            }
            return cells[i];
        }

        public Cell cell(String canonical) {
            return new Cell(name, line, column(canonical), get(canonical));
        }

        /** The cell at a {@link #position}, stripped; empty for -1 or a short record. */
        public String get(int position) {
            return position < 0 || position >= cells.length ? "" : cells[position];
        }
    }
}
