package kz.ustau.domain.writ;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;

/**
 * A writ of execution (атқару парағы / исполнительный лист) held by the employer, with the monthly terms of the
 * bailiff's resolution (RULES §1, §4; CONTRACT §4.2). A periodic writ has a share and/or a fixed sum; any other writ
 * collects {@code debt} at that rate, or whole when no rate is given. {@code debt} is what was owed before the
 * period being run.
 */
public record Writ(
        String id,
        IdNumber debtorIin,
        WritKind kind,
        Optional<Share> share,
        Optional<FixedSum> fixed,
        Optional<LocalDate> indexedFrom,
        OptionalInt children,
        YearMonth startPeriod,
        Optional<YearMonth> endPeriod,
        Tenge debt,
        Optional<Share> debtShare,
        Claimant claimant,
        Optional<PaymentParty> payee,
        Bailiff bailiff,
        String caseNumber,
        Optional<Wording> court,
        Optional<String> writNumber,
        LocalDate writDate) {

    public Writ {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(debtorIin, "debtorIin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startPeriod, "startPeriod");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(writDate, "writDate");
        if (debt.isNegative()) {
            throw new IllegalArgumentException("a debt is never negative, got " + debt + " on writ " + id);
        }
        if (kind.periodic() && share.isEmpty() && fixed.isEmpty()) {
            throw new IllegalArgumentException("periodic writ " + id + " needs a share or a fixed sum");
        }
        if (endPeriod.isPresent() && endPeriod.get().isBefore(startPeriod)) {
            throw new IllegalArgumentException("writ " + id + " ends before it starts");
        }
    }

    /** The same writ owing {@code owed} before the period being run: the ledger's figure, not the imported one. */
    public Writ withDebt(Tenge owed) {
        return new Writ(
                id,
                debtorIin,
                kind,
                share,
                fixed,
                indexedFrom,
                children,
                startPeriod,
                endPeriod,
                owed,
                debtShare,
                claimant,
                payee,
                bailiff,
                caseNumber,
                court,
                writNumber,
                writDate);
    }

    /** Where the money goes: the payee when the writ names one, else the claimant's account (RULES §1). */
    public PaymentParty payTo() {
        return account().orElseThrow(() -> new IllegalStateException("writ " + id + " has no account to pay to"));
    }

    /**
     * The account the money goes to, empty while the writ gives none (no IBAN yet, a closed account): what is withheld
     * is then held, not transferred, until a new version of the writ brings the details (RULES §11.1 [A]).
     */
    public Optional<PaymentParty> account() {
        return payee.or(claimant::account);
    }

    /** Whether the writ asks for a current sum in {@code period}: from its start to its end, inclusive (RULES §4). */
    public boolean currentIn(YearMonth period) {
        return !period.isBefore(startPeriod)
                && endPeriod.map(end -> !period.isAfter(end)).orElse(true);
    }

    /** The date the MRP indexation of a fixed tenge sum counts from: {@code indexed_from}, else the writ's date. */
    public LocalDate indexBase() {
        return indexedFrom.orElse(writDate);
    }

    /** The writ number as documents cite it: the number on the writ, else the enforcement case number. */
    public String citedNumber() {
        return writNumber.orElse(caseNumber);
    }
}
