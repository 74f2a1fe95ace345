package kz.ustau.adapter.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.ustau.app.Employer;
import kz.ustau.app.MonthResult;
import kz.ustau.domain.payment.PaymentOrder;
import kz.ustau.domain.payment.PaymentPurpose;

/**
 * {@code payments-mt100.txt}: the National Bank's MT100 text, one message per transfer (CONTRACT §5.3;
 * shared/domain/payments.md §1.3): windows-1251, CRLF, amounts with a decimal comma, dates {@code YYMMDD}, KOd and KBe
 * split into {@code /IRS/} and {@code /SECO/}, the KNP in {@code :70:}, the purpose in {@code /ASSIGN/} wrapped at 62
 * then 70 characters, between words only, so that the payer's IIN is never cut (RULES §8); no line over 70
 * characters. The actual payer (the employee) is in the purpose text.
 */
public final class Mt100Txt extends OrderFile {
    public static final String FILE = "payments-mt100.txt";
    /** Characters of the purpose on the {@code /ASSIGN/} line, and on each continuation line. */
    static final int FIRST = 62;

    static final int NEXT = 70;
    /** The longest line of the message. */
    static final int LINE = 70;

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public Mt100Txt() {
        super(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        try (Writer w = Windows1251Text.writer(out)) {
            write(result, w);
        }
    }

    /** The orders one after another, each made and written before the next (issue 21). */
    static void write(MonthResult result, Writer w) throws IOException {
        Employer e = result.employer();
        String docDate = result.now().toLocalDate().format(YYMMDD);
        for (PaymentOrder o : result.payments()) {
            StringBuilder sb = new StringBuilder(1024);
            line(sb, "{1:F01" + e.bic().institution() + "AXXX0000000000}{2:I100SGROSS000000U3003}{4:");
            line(sb, ":20:" + o.number());
            line(
                    sb,
                    ":32A:" + o.valueDate().format(YYMMDD) + "KZT"
                            + o.amount().plain().replace('.', ','));
            line(sb, ":50:/D/" + e.iban().value());
            line(sb, "/NAME/", e.name());
            line(sb, "/IDN/" + e.bin().digits());
            line(sb, "/CHIEF/", e.head());
            line(sb, "/MAINBK/", e.accountant());
            line(sb, "/IRS/" + o.kod().charAt(0));
            line(sb, "/SECO/" + o.kod().charAt(1));
            line(sb, ":52B:" + e.bic().value());
            line(sb, ":57B:" + o.payee().bic().value());
            line(sb, ":59:" + o.payee().iban().value());
            line(sb, "/NAME/", o.payee().name());
            line(sb, "/IDN/" + o.payee().id().digits());
            line(sb, "/IRS/" + o.kbe().charAt(0));
            line(sb, "/SECO/" + o.kbe().charAt(1));
            line(sb, ":70:/NUM/" + o.number());
            line(sb, "/DATE/" + docDate);
            line(sb, "/SEND/07");
            line(sb, "/VO/01");
            line(sb, "/KNP/" + o.knp());
            o.kbk().ifPresent(kbk -> line(sb, "/BCLASS/" + kbk)); // a transfer to the budget (RULES §11.1)
            line(sb, "/PSO/01");
            line(sb, "/PRT/50");
            List<String> assign = wrap(o.purpose());
            line(sb, "/ASSIGN/" + assign.get(0));
            assign.subList(1, assign.size()).forEach(s -> line(sb, s));
            line(sb, "-}");
            w.append(sb);
        }
    }

    /**
     * The purpose in pieces of at most 62, then 70 characters, cut between words only, each break in a space's place:
     * joined back with a space it is the text again, and no number in it — the payer's IIN above all — is split. A piece never starts with
     * {@code /}, {@code :} or {@code -}, which a reader would take for a new field.
     */
    static List<String> wrap(String text) {
        return PaymentPurpose.pieces(text, FIRST, NEXT, "/:-");
    }

    /**
     * A name field: the tag and the name, shortened at a word to fit a line of {@value #LINE} characters (a name of
     * 65 characters and more: a government body's full title). The account and the IIN/BIN identify the party.
     */
    private static void line(StringBuilder sb, String tag, String name) {
        String text = PaymentPurpose.oneLine(name).strip();
        int room = LINE - tag.length();
        if (text.length() > room) {
            String cut = PaymentPurpose.pieces(text, room, room, "").get(0).strip();
            text = cut.isEmpty() ? text.substring(0, room) : cut;
        }
        line(sb, tag + text);
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append("\r\n");
    }
}
