package kz.ustau.app.ledger;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A payroll file of a month as the ledger keeps it: its SHA-256 (with the mapping it is read through), its name as the
 * accountant gave it, where its bytes are (the file itself when storing, an owner-only temporary copy when read back)
 * and the mapping.
 */
public record StoredPayroll(String digest, String name, Path content, Optional<String> mapping) {
    public StoredPayroll {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mapping, "mapping");
    }
}
