package kz.ustau.domain.writ;

import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.IdNumber;

/**
 * The claimant (өндіріп алушы / взыскатель): a person (IIN) or an organisation (BIN), with their account unless the
 * money goes to a payee instead, and whether that account is the special alimony account.
 */
public record Claimant(String name, IdNumber id, Optional<PaymentParty> account, boolean specialAccount) {
    public Claimant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
    }
}
