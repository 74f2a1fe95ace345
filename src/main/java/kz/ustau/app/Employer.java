package kz.ustau.app;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.id.Bic;
import kz.ustau.domain.id.Iban;
import kz.ustau.domain.id.IdNumber;
import kz.ustau.domain.rules.Settings;

/**
 * The employer that withholds and pays (жұмыс беруші / работодатель), from {@code employer.properties}
 * (CONTRACT §4.3): its details for the payment orders and notices, the KNP codes its bank confirmed, and its settings.
 * {@code bankBins} are the banks' own BINs the employer gives ({@code bank.bin.<BIC>}) for the 1C file's
 * {@code …БанкБИН_ИИН} keys; {@code exchangeSender} is the 1C file's {@code Отправитель} ({@code payment.1c.sender});
 * {@code correctional} the KNP and KBK its bank and the probation service gave for correctional-labour transfers to the
 * budget ({@code payment.knp.correctional}, {@code payment.kbk.correctional}; RULES §11.1). {@code letterhead} is how
 * letters write the employer in Kazakh and in Russian where the file says ({@code employer.name.kk},
 * {@code employer.address.ru}, {@code employer.head.post.kk}, …; issue 22), keyed without the {@code employer.} prefix.
 * {@code fourEyes} ({@code approval.four-eyes}, issue 18, docs/bureau.md §3): a month run by one user is locked and
 * exported by another, never by the same.
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
        Settings settings,
        Map<Bic, IdNumber> bankBins,
        String exchangeSender,
        Optional<BudgetCodes> correctional,
        Map<String, String> letterhead,
        boolean fourEyes) {
    /** The 1C file's {@code Отправитель} when the employer does not name one: what 1C for Kazakhstan writes there. */
    public static final String DEFAULT_EXCHANGE_SENDER = "Бухгалтерия для Казахстана, редакция 3.0";

    public Employer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(settings, "settings");
        bankBins = Map.copyOf(bankBins);
        Objects.requireNonNull(exchangeSender, "exchangeSender");
        Objects.requireNonNull(correctional, "correctional");
        letterhead = Map.copyOf(letterhead);
    }

    /** The letterhead's keys: each in Kazakh ({@code .kk}) and in Russian ({@code .ru}). */
    public static final java.util.List<String> LETTERHEAD =
            java.util.List.of("name", "address", "head.post", "accountant.post");

    /** What letters in {@code lang} write for {@code what} ({@link #LETTERHEAD}), when the file gives it. */
    public Optional<String> letterhead(String what, String lang) {
        return Optional.ofNullable(letterhead.get(what + "." + lang));
    }

    /** The codes of a transfer to the budget: KNP (NBK 203) and the budget classification code (КБК). */
    public record BudgetCodes(String knp, String kbk) {
        public BudgetCodes {
            if (knp == null || !knp.matches("\\d{3}") || kbk == null || !kbk.matches("\\d{6}")) {
                throw new IllegalArgumentException("a KNP is three digits and a KBK six, got " + knp + ", " + kbk);
            }
        }
    }

    /** The BIN of the bank with this BIC, when the employer gave it. */
    public Optional<IdNumber> bankBin(Bic bank) {
        return Optional.ofNullable(bankBins.get(bank));
    }
}
