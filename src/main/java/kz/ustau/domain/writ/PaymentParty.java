package kz.ustau.domain.writ;

import java.util.Objects;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;

/**
 * Whose account the withheld money goes to (алушы / получатель): the claimant, or a bailiff's control account when
 * the resolution says so (RULES §1, §8). {@code kbe} is the two-digit beneficiary code of NBK 203.
 */
public record PaymentParty(String name, IdNumber id, Iban iban, Bic bic, String kbe) {
    public PaymentParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        if (kbe == null || !kbe.matches("[12][0-9]")) {
            throw new IllegalArgumentException("a KBe is two digits, residency 1 or 2 then the sector, got " + kbe);
        }
    }
}
