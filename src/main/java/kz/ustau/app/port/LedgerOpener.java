package kz.ustau.app.port;

import java.io.IOException;
import kz.ustau.app.ledger.EmployerScope;

/**
 * Opens the ledger (and the writ registry beside it) at a location: a folder, or a database server's URL, for one
 * employer's rows (issue 18).
 */
@FunctionalInterface
public interface LedgerOpener {
    Ledger open(String location, EmployerScope scope) throws IOException;

    /** The ledger of the database's only employer (or of the one not yet named). */
    default Ledger open(String location) throws IOException {
        return open(location, EmployerScope.UNNAMED);
    }
}
