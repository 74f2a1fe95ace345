package kz.ustau.app.ledger;

/**
 * Another process (or another job of the page) is writing to the ledger: one writer at a time (issue 13). The command
 * is refused at once, nothing is changed, and the accountant runs it again when the other has finished.
 */
public final class LedgerBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public LedgerBusyException(String location, Throwable cause) {
        super("the ledger " + location + " is being written by another process", cause);
    }
}
