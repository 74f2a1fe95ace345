package kz.ustau.adapter.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * CSV output as CONTRACT §3 says: UTF-8 without BOM, {@code ,}, RFC 4180 quoting only where needed, {@code \n}; a text
 * cell that a spreadsheet would run ({@code = + - @} first) is written with a leading apostrophe.
 */
public final class CsvOutput implements AutoCloseable {
    private final Writer out;

    public CsvOutput(OutputStream stream) {
        this.out = new Utf8Writer(stream);
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    /** A text cell, defused against spreadsheet formulas and quoted when it holds a delimiter, quote or line break. */
    public static String text(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
