package kz.ustau.adapter.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import kz.ustau.app.Employer;
import kz.ustau.app.MonthResult;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;
import kz.ustau.domain.reference.Bank;
import kz.ustau.domain.reference.BankDirectory;

/**
 * {@code payments-1c.txt}: 1CClientBankExchange, Kazakhstan flavour (CONTRACT §5.3; shared/domain/payments.md §2):
 * {@code ВерсияФормата=2.00}, {@code Кодировка=Windows}, windows-1251, CRLF, one {@code СекцияДокумент=ПлатежноеПоручение}
 * per transfer with the KZ keys ({@code ПлательщикИИК}, {@code …БИН_ИИН}, {@code …КБЕ}, {@code КодНазначенияПлатежа}).
 * The sender's KOd travels as {@code ПлательщикКБЕ}, as 1C writes it; the actual payer (the employee) is in the
 * purpose text, since no public key for it is known. {@code Отправитель} is the employer's accounting program
 * ({@code payment.1c.sender}, by default what 1C for Kazakhstan writes), and a bank's {@code …БанкБИН_ИИН} is written
 * when the employer gives that bank's BIN ({@code bank.bin.<BIC>}): Ustau does not guess a bank's BIN.
 */
public final class OneCExchangeTxt extends OrderFile {
    public static final String FILE = "payments-1c.txt";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public OneCExchangeTxt() {
        super(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        try (Writer w = Windows1251Text.writer(out)) {
            write(result, w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The file's head and then each order, written as it is made (issue 21). */
    static void write(MonthResult result, Writer w) throws IOException {
        Employer e = result.employer();
        BankDirectory banks = result.tables().banks();
        List<PaymentOrder> orders = result.payments();
        LocalDate first = orders.stream()
                .map(PaymentOrder::valueDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = orders.stream()
                .map(PaymentOrder::valueDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Lines l = new Lines(w);
        l.add("1CClientBankExchange");
        l.add("ВерсияФормата", "2.00");
        l.add("Кодировка", "Windows");
        l.add("Отправитель", e.exchangeSender());
        l.add("Получатель", "");
        l.add("ДатаСоздания", result.now().format(DATE));
        l.add("ВремяСоздания", result.now().format(TIME));
        l.add("ДатаНачала", first.format(DATE));
        l.add("ДатаКонца", last.format(DATE));
        l.add("РасчСчет", e.iban().value());
        l.add("Документ", "ПлатежноеПоручение");
        for (PaymentOrder o : orders) {
            l.add("СекцияДокумент", "ПлатежноеПоручение");
            l.add("НомерДокумента", Long.toString(o.number()));
            l.add("ДатаДокумента", result.now().toLocalDate().format(DATE));
            l.add("Сумма", o.amount().plain());
            l.add("ПлательщикНаименование", e.name());
            l.add("ПлательщикБИН_ИИН", e.bin().digits());
            l.add("ПлательщикКБЕ", o.kod());
            l.add("ПлательщикИИК", e.iban().value());
            banks.of(e.iban()).map(Bank::name).ifPresent(n -> l.add("ПлательщикБанкНаименование", n));
            e.bankBin(e.bic()).ifPresent(b -> l.add("ПлательщикБанкБИН_ИИН", b.digits()));
            l.add("ПлательщикБанкБИК", e.bic().value());
            l.add("ПолучательНаименование", o.payee().name());
            l.add("ПолучательБИН_ИИН", o.payee().id().digits());
            l.add("ПолучательКБЕ", o.kbe());
            l.add("ПолучательИИК", o.payee().iban().value());
            banks.of(o.payee().iban()).map(Bank::name).ifPresent(n -> l.add("ПолучательБанкНаименование", n));
            e.bankBin(o.payee().bic()).ifPresent(b -> l.add("ПолучательБанкБИН_ИИН", b.digits()));
            l.add("ПолучательБанкБИК", o.payee().bic().value());
            l.add("НазначениеПлатежа", o.purpose());
            l.add("КодНазначенияПлатежа", o.knp());
            o.kbk().ifPresent(kbk -> l.add("КодБК", kbk)); // a transfer to the budget (RULES §11.1)
            l.add("ДатаВалютирования", o.valueDate().format(DATE));
            l.add("Валюта", "KZT");
            l.add("КонецДокумента");
        }
        l.add("КонецФайла");
    }

    /** Key=value lines ending in CRLF; a value never holds a line break. */
    private static final class Lines {
        private final Writer out;

        Lines(Writer out) {
            this.out = out;
        }

        void add(String line) {
            try {
                out.append(line).append("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(String key, String value) {
            add(key + "=" + PaymentPurpose.oneLine(value));
        }
    }
}
