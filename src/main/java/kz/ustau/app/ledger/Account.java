package kz.ustau.app.ledger;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An account of the page (issue 18, docs/bureau.md §3; тіркелгі / учётная запись): its login, its password's PBKDF2
 * hash, when it was made and disabled (an account is disabled, never deleted: the audit trail names it), and its role
 * for each employer by BIN.
 */
public record Account(
        String login,
        String hash,
        LocalDateTime createdAt,
        Optional<LocalDateTime> disabledAt,
        Map<String, Role> roles) {
    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(disabledAt, "disabledAt");
        roles = Map.copyOf(roles);
    }

    public boolean enabled() {
        return disabledAt.isEmpty();
    }

    /** The account's role for the employer of {@code bin}. */
    public Optional<Role> role(String bin) {
        return Optional.ofNullable(roles.get(bin));
    }
}
