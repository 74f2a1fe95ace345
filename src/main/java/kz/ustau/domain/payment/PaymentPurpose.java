package kz.ustau.domain.payment;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.Writ;

/**
 * The purpose text of a transfer (RULES §8), in Russian, at most {@value #MAX} characters. For alimony: «Алименты за
 * MM.YYYY по исп. листу № … от …, дело № …, удержано из заработной платы должника: Фамилия И. О., ИИН …»; for other
 * writs «Удержание по исп. документу № … от …, дело № …, должник: Фамилия И. О., ИИН …». The name stands after a label,
 * in the form it is given, never declined (issue 22: «из заработной платы Петров А. Н.», «с Волкова Т. О.» read wrong;
 * RULES §8 writes the name after the preposition — a departure, decision #46). When it is too long the case number and
 * then the writ date go first, never the amounts' meaning or the payer.
 */
public final class PaymentPurpose {
    public static final int MAX = 210;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private PaymentPurpose() {}

    public static String of(Writ writ, Debtor debtor, YearMonth period) {
        return of(writ, debtor, period, MAX);
    }

    /**
     * The purpose of a correcting order that pays only the difference after a month was reopened: the same text after
     * «Доплата (корректировка): », still at most {@value #MAX} characters.
     */
    public static String correction(Writ writ, Debtor debtor, YearMonth period) {
        return CORRECTION + of(writ, debtor, period, MAX - CORRECTION.length());
    }

    static final String CORRECTION = "Доплата (корректировка): ";

    public static String of(Writ writ, Debtor debtor, YearMonth period, int max) {
        String number = writ.citedNumber();
        String date = " от " + writ.writDate().format(DATE);
        String caseNo = ", дело № " + writ.caseNumber();
        if (writ.writNumber().isEmpty()) {
            caseNo = "";
        }
        String text = compose(writ, debtor, period, number, date, caseNo);
        if (text.length() > max && !caseNo.isEmpty()) {
            text = compose(writ, debtor, period, number, date, "");
        }
        if (text.length() > max) {
            text = compose(writ, debtor, period, number, "", "");
        }
        if (text.length() > max) {
            int over = text.length() - max;
            String shortNumber = number.substring(0, Math.max(1, number.length() - over - 1)) + "…";
            text = compose(writ, debtor, period, shortNumber, "", "");
        }
        if (text.length() > max) {
            throw new IllegalStateException("the purpose text cannot be made " + max + " characters long");
        }
        return text;
    }

    private static String compose(
            Writ writ, Debtor debtor, YearMonth period, String number, String date, String caseNo) {
        String special = writ.claimant().specialAccount() && writ.payee().isEmpty() ? " (на специальный счет)" : "";
        String payer = debtor.shortName() + ", ИИН " + debtor.iin().digits();
        if (writ.kind().isAgreement()) {
            // RULES §11.1: an agreement is alimony, but not a writ (MFC arts. 158, 165)
            return "Алименты за " + period.format(MONTH) + " по нотариальному соглашению № " + number + date
                    + ", удержано из заработной платы плательщика: " + payer + special;
        }
        if (writ.kind().isCorrectional()) {
            // RULES §11.1: correctional labour, to the budget by the sentence (Criminal Code art. 42)
            return "Удержание за " + period.format(MONTH) + " по приговору суда (исправительные работы) № " + number
                    + date + ", из заработной платы осуждённого: " + payer;
        }
        if (writ.kind().isSupport()) {
            return "Алименты за " + period.format(MONTH) + " по исп. листу № " + number + date + caseNo
                    + ", удержано из заработной платы должника: " + payer + special;
        }
        return "Удержание по исп. документу № " + number + date + caseNo + ", должник: " + payer + special;
    }

    /** Words a break never follows when it can fall elsewhere: a label stays with its number. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("ИИН", "БИН", "№", "ИИН/БИН");

    /** The text on one line: each run of line breaks a space (a bank file's value never holds one). */
    public static String oneLine(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text; // the usual case, without a regular expression: the bank files of a large month call this
            // often
        }
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

    /**
     * The text in pieces of at most {@code first} characters, then {@code next}, cut only between words (RULES §8: the
     * payer's IIN, an amount, a date, a number is never split across two lines or elements): each break takes the
     * place of one space, so a bank that joins the pieces with a space reads the text again, and one that joins them
     * with nothing still reads every number whole. A break does not fall after a label ({@code ИИН}, {@code №}) when
     * it can fall before it, and a piece never starts with a character in {@code notFirst} (for MT100, {@code /},
     * {@code :} and {@code -} would start a new field). Only a word longer than a whole piece is cut, and no number
     * of the texts above is.
     */
    public static java.util.List<String> pieces(String text, int first, int next, String notFirst) {
        if (first < 1 || next < 1) {
            throw new IllegalArgumentException("pieces are at least a character, got " + first + " and " + next);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        String rest = oneLine(text);
        int width = first;
        while (rest.length() > width) {
            int cut = breakAt(rest, width, notFirst, true);
            if (cut < 0) {
                cut = breakAt(rest, width, notFirst, false);
            }
            if (cut < 0) {
                // one word longer than the piece: cut it, never the less
                out.add(rest.substring(0, width));
                rest = rest.substring(width);
            } else {
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
            width = next;
        }
        out.add(rest);
        return out;
    }

    /** The last space at or before {@code width} a piece may end at, or -1. */
    private static int breakAt(String rest, int width, String notFirst, boolean keepLabels) {
        for (int i = Math.min(width, rest.length() - 1); i >= 1; i--) {
            if (rest.charAt(i) != ' ' || rest.charAt(i - 1) == ' ') {
                continue;
            }
            if (i + 1 < rest.length() && notFirst.indexOf(rest.charAt(i + 1)) >= 0) {
                continue;
            }
            if (keepLabels && LABELS.contains(rest.substring(rest.lastIndexOf(' ', i - 1) + 1, i))) {
                continue;
            }
            return i;
        }
        return -1;
    }
}
