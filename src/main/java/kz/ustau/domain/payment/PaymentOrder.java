package kz.ustau.domain.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.PaymentParty;
import kz.ustau.domain.writ.Writ;

/**
 * One transfer of withheld money to a payee (төлем тапсырмасы / платежное поручение), one line of
 * {@code payments.csv} and one document in every bank format (CONTRACT §5.2–§5.3; RULES §8). The debtor is the actual
 * payer banks ask for since the ISO 20022 switch. {@code kbk} is the budget classification code (КБК) of a transfer to
 * the budget (a correctional-labour sentence, RULES §11.1), empty for any other.
 */
public record PaymentOrder(
        long number,
        YearMonth period,
        Writ writ,
        Debtor debtor,
        PaymentParty payee,
        Tenge amount,
        String knp,
        String kod,
        String kbe,
        LocalDate valueDate,
        LocalDate transferDue,
        String purpose,
        Optional<String> kbk) {
    /** KOd of the sender (NBK 203 [V]): a resident private non-financial organisation. */
    public static final String EMPLOYER_KOD = "17";

    /** An order to anyone but the budget: no budget classification code. */
    public PaymentOrder(
            long number,
            YearMonth period,
            Writ writ,
            Debtor debtor,
            PaymentParty payee,
            Tenge amount,
            String knp,
            String kod,
            String kbe,
            LocalDate valueDate,
            LocalDate transferDue,
            String purpose) {
        this(
                number,
                period,
                writ,
                debtor,
                payee,
                amount,
                knp,
                kod,
                kbe,
                valueDate,
                transferDue,
                purpose,
                Optional.empty());
    }

    public PaymentOrder {
        Objects.requireNonNull(writ, "writ");
        Objects.requireNonNull(kbk, "kbk");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment order moves a positive amount, got " + amount);
        }
        if (number < 1) {
            throw new IllegalArgumentException("payment numbers start at 1, got " + number);
        }
    }

    /** The same order under another number. */
    public PaymentOrder numbered(long other) {
        return new PaymentOrder(
                other, period, writ, debtor, payee, amount, knp, kod, kbe, valueDate, transferDue, purpose, kbk);
    }
}
