package kz.ustau.adapter.payroll;

/**
 * One cell of an export's table as the file holds it: text, a number (its exact decimal text), a date (ISO, from a
 * date-formatted number), a formula whose result was never saved, or a spreadsheet error ({@code #REF!}). The readers
 * strip the text of its surrounding spaces once, as they make the cell.
 */
record TableCell(String text, Kind kind) {
    static final TableCell EMPTY = new TableCell("", Kind.TEXT);

    enum Kind {
        TEXT,
        NUMBER,
        DATE,
        FORMULA_WITHOUT_VALUE,
        ERROR
    }

    static TableCell text(String text) {
        return new TableCell(text, Kind.TEXT);
    }

    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
