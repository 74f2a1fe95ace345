package kz.ustau.app;

import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.rules.Settings;

/**
 * The employer that withholds and pays (жұмыс беруші / работодатель), from {@code employer.properties}
 * (CONTRACT §4.3): its details for the payment orders and notices, the KNP codes its bank confirmed, and its settings.
 */
public record Employer(
        String name,
        IdNumber bin,
        Iban iban,
        Bic bic,
        String address,
        String head,
        String accountant,
        Optional<String> phone,
        String knpSupport,
        String knpOther,
        Settings settings) {
    public Employer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(settings, "settings");
    }
}
