package kz.ustau.app.ledger;

import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.IdNumber;

/**
 * Whose rows a command may read and write in a database many employers share (issue 18, docs/bureau.md §1): the
 * employer named by {@code --employer FILE} (its BIN), or none named — then the database's one employer, and a
 * database of several refuses ({@link EmployerNotNamedException}). The ledger is opened for a scope and adds it to
 * every statement itself; no use case passes a BIN to a query.
 */
public record EmployerScope(Optional<IdNumber> named) {
    /** No employer named: the database's only one. */
    public static final EmployerScope UNNAMED = new EmployerScope(Optional.empty());

    public EmployerScope {
        Objects.requireNonNull(named, "named");
        named.ifPresent(bin -> {
            if (!bin.isBin()) {
                throw new IllegalArgumentException("an employer is named by its BIN: " + bin.masked());
            }
        });
    }

    public static EmployerScope of(IdNumber bin) {
        return new EmployerScope(Optional.of(bin));
    }
}
