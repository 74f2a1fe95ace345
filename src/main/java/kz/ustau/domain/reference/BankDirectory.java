package kz.ustau.domain.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;

/** Kazakh banks by IBAN bank code (identifiers.md; {@code banks.csv}). */
public final class BankDirectory {
    public static final String FILE = "banks.csv";
    private final Map<String, Bank> byCode;

    public BankDirectory(List<Bank> banks) {
        this.byCode = banks.stream().collect(Collectors.toUnmodifiableMap(Bank::code, Function.identity()));
    }

    public Optional<Bank> of(Iban iban) {
        return Optional.ofNullable(byCode.get(iban.bankCode()));
    }

    /**
     * The bank the IBAN belongs to when it is known and its BIC is not {@code bic}: a warning, not an error, since
     * banks merge and rename (identifiers.md).
     */
    public Optional<Bank> mismatch(Iban iban, Bic bic) {
        return of(iban).filter(bank -> !bank.bic().institution().equals(bic.institution()));
    }
}
