package kz.ustau.app.port;

import java.io.IOException;
import java.util.function.Consumer;
import kz.ustau.app.PayrollLine;
import kz.ustau.app.Problems;
import kz.ustau.app.Warning;

/**
 * A payroll export, read line by line (the plug-in SPI: CSV, XLSX, a 1C layout through a mapping, or an integrator's
 * own). A source streams: it hands each good line to {@code lines} and never holds the whole file, reports each bad
 * cell to {@code problems} and anything it passes over to {@code warnings}, so that no row is dropped silently.
 */
public interface PayrollSource {
    /** The file name as the user gave it, for messages. */
    String name();

    /** The column as the file names it, for a canonical column of CONTRACT §4.1 ({@code code}, {@code pay_date}). */
    default String column(String canonical) {
        return canonical;
    }

    void read(Consumer<PayrollLine> lines, Problems problems, Consumer<Warning> warnings) throws IOException;
}
