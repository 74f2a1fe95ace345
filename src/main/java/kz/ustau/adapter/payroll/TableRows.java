package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.util.List;
import kz.ustau.app.Problems;

/** The rows of one sheet of an export (XLSX or CSV), streamed: never the whole table in memory. */
interface TableRows {
    /** The name messages use: {@code payroll.xlsx[Свод]} or {@code payroll.csv}. */
    String name();

    /** Hands each row to {@code sink}, with its 1-based number; stops when the sink says so or on a broken file. */
    void read(Sink sink, Problems problems) throws IOException;

    /** Whether a cell may be other than text (a formula without its value, an error): a spreadsheet's may. */
    default boolean typed() {
        return true;
    }

    /**
     * Day 0 of a date written as a spreadsheet serial number: 1899-12-30 in Excel's 1900 system (and in a CSV saved
     * from it), 1904-01-01 in a workbook of the Mac's 1904 system; known once {@link #read} has begun.
     */
    default java.time.LocalDate dateEpoch() {
        return java.time.LocalDate.of(1899, 12, 30);
    }

    /** Receives rows; returns false to stop reading. */
    interface Sink {
        boolean row(long number, List<TableCell> cells);
    }

    /** The spreadsheet name of a 0-based column: A, B, …, Z, AA. */
    static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /** The 0-based column of a letter reference (A → 0); -1 when it is not one. */
    /**
     * The column of a cell reference ({@code AB12} → 27), its digits passed over; -1 unless it has one to three letters
     * {@code A}–{@code Z} and nothing else: {@link #column} of the reference without its digits, without a regular
     * expression made for each of a workbook's millions of cells.
     */
    static int cellColumn(String ref) {
        int n = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return letters == 0 ? -1 : n - 1;
    }

    static int column(String letters) {
        if (letters.isEmpty() || letters.length() > 3 || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return -1;
        }
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}
