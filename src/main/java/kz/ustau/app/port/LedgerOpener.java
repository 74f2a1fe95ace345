package kz.ustau.app.port;

import java.io.IOException;

/** Opens the ledger (and the writ registry beside it) at a location: a folder, or a database server's URL. */
@FunctionalInterface
public interface LedgerOpener {
    Ledger open(String location) throws IOException;
}
