package kz.ustau.app.port;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.ustau.app.ledger.Account;
import kz.ustau.app.ledger.Role;

/**
 * The page's accounts (issue 18, docs/bureau.md §3), in the ledger's transaction: the bureau's, each with a role per
 * employer. With no account enabled the page runs as before: single-user on loopback, or with the server's password.
 */
public interface Accounts {
    /** Whether any account is enabled: then the page signs everyone in by login and password. */
    boolean any() throws IOException;

    Optional<Account> account(String login) throws IOException;

    /** Every account, by login. */
    List<Account> list() throws IOException;

    /** Makes the account, with its password's hash; refused (false) when the login is taken. */
    boolean add(String login, String hash, LocalDateTime at) throws IOException;

    /** Gives the account {@code role} for the employer of this transaction, replacing the one it had. */
    void role(String login, Role role, LocalDateTime at) throws IOException;

    /** Disables the account from {@code at}; false when there is no such account. */
    boolean disable(String login, LocalDateTime at) throws IOException;
}
