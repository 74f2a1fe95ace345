package kz.ustau.adapter.payroll;

import java.math.BigDecimal;

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

    /**
     * A number cell's value as {@link BigDecimal#toPlainString()} gives it: the text itself when it already is one
     * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, not a negative zero), as almost every cell of a workbook is, without a
     * {@code BigDecimal} made and printed for each of millions (issue 21); otherwise through {@code BigDecimal}.
     */
    static String plainNumber(String v) {
        int i = 0;
        int n = v.length();
        boolean negative = n > 0 && v.charAt(0) == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        int intDigits = i - intStart;
        boolean plain = intDigits > 0 && (intDigits == 1 || v.charAt(intStart) != '0');
        boolean nonZero = intDigits > 0 && v.charAt(intStart) != '0';
        if (plain && i < n) {
            if (v.charAt(i) != '.' || i + 1 == n) {
                plain = false;
            } else {
                for (i++; i < n && plain; i++) {
                    char c = v.charAt(i);
                    plain = c >= '0' && c <= '9';
                    nonZero |= c > '0' && c <= '9';
                }
            }
        }
        if (plain && (!negative || nonZero)) {
            return v;
        }
        return new BigDecimal(v).toPlainString();
    }

    static TableCell text(String text) {
        return new TableCell(text, Kind.TEXT);
    }

    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
