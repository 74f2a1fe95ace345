package kz.ustau.domain.reference;

/**
 * A date that a reference table does not cover (RULES §11). Callers check {@code covers(...)} first and report an
 * input error; reaching this exception means a check was missed.
 */
public final class OutsideTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String table;

    public OutsideTableException(String table, String message) {
        super(message);
        this.table = table;
    }

    /** The file name of the table to extend, such as {@code mrp.csv}. */
    public String table() {
        return table;
    }
}
