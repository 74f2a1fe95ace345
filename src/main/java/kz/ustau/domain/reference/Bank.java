package kz.ustau.domain.reference;

import kz.ustau.domain.id.Bic;

/** One row of {@code banks.csv}: the IBAN bank code, the bank's BIC and its name. */
public record Bank(String code, Bic bic, String name) {}
