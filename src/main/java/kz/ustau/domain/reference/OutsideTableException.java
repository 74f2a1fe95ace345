package kz.ustau.domain.reference;

import java.time.LocalDate;

/**
 * A date that a reference table does not cover (RULES §11). Callers check {@code covers(...)} first and report an
 * input error; reaching this exception means a check was missed.
 */
public final class OutsideTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final transient LocalDate date;

    public OutsideTableException(String table, LocalDate date, String message) {
        super(message);
        this.table = table;
        this.date = date;
    }

    /** The date the table does not cover. */
    public LocalDate date() {
        return date;
    }

    /** The file name of the table to extend, such as {@code mrp.csv}. */
    public String table() {
        return table;
    }
}
