package kz.ustau.adapter.notice;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.ustau.app.Employer;
import kz.ustau.app.MonthResult;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.notice.NoticeReason;
import kz.ustau.domain.notice.WritNotice;
import kz.ustau.domain.rules.Deduction;
import kz.ustau.domain.writ.FixedSum;
import kz.ustau.domain.writ.Writ;

/**
 * The values a notice template is filled with, in one language: the employer, the bailiff, the claimant, the debtor,
 * the writ and its terms, the month's figures in figures and in words, the dates. Words come from
 * {@code kz/ustau/notice/texts-<lang>.properties}.
 */
final class NoticeFacts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final char NBSP = '\u00A0';

    private NoticeFacts() {}

    static Map<String, String> of(WritNotice notice, MonthResult result, String lang) {
        Properties texts = texts(lang);
        Employer e = result.employer();
        Writ w = notice.deduction().writ();
        Deduction d = notice.deduction();
        var debtor = notice.month().debtor();
        Map<String, String> v = writ(w, e, result.now().toLocalDate(), texts, lang);
        v.put("register", outgoingNumber(result, notice));
        v.put("debtor.name", debtor.fullName());
        v.put("debtor.iin", debtor.iin().digits());
        v.put("debtor.employee", debtor.employeeId());
        v.put("dismissal.date", notice.eventDate().format(DATE));
        v.put("dismissal.words", LetterWords.date(notice.eventDate(), lang));
        v.put(
                "new.employer",
                debtor.newEmployer().map(n -> LetterWords.organisation(n, lang)).orElse(texts.getProperty("unknown")));
        v.put("new.address", debtor.newAddress().orElse(texts.getProperty("unknown")));
        v.put(
                "writ.periods",
                w.endPeriod()
                        .map(end -> format(texts, "periods", w.startPeriod().format(MONTH), end.format(MONTH)))
                        .orElse(format(texts, "periods.open", w.startPeriod().format(MONTH))));
        v.put("period", result.period().format(MONTH));
        v.put("period.words", LetterWords.month(result.period(), lang));
        // a writ ended between months is not withheld from this month on; the others, from the next
        YearMonth next = notice.reason() == NoticeReason.ENDED
                ? result.period()
                : result.period().plusMonths(1);
        v.put("next.from", LetterWords.monthFrom(next, lang));
        v.put("withheld", money(d.withheldTotal(), lang));
        v.put("withheld.words", words(d.withheldTotal(), lang));
        v.put("debt", money(d.debtAfter(), lang));
        v.put("debt.words", words(d.debtAfter(), lang));
        Tenge toDate = result.withheldToDate().get(w.id());
        if (toDate != null) {
            v.put("withheld.total", money(toDate, lang) + " (" + words(toDate, lang) + ")");
            v.put(
                    "figures.note",
                    format(texts, "figures.note.ledger", result.period().format(MONTH)));
        } else {
            v.put("figures.note", format(texts, "figures.note", result.period().format(MONTH)));
        }
        if (notice.reason() == NoticeReason.ENDED) {
            String code = notice.endReason().orElseThrow();
            int colon = code.indexOf(':');
            String why = colon < 0 ? code : code.substring(0, colon);
            String note = colon < 0 ? "" : code.substring(colon + 1).strip();
            v.put(
                    "reason",
                    format(
                            texts,
                            "reason.ENDED",
                            format(texts, "end." + why),
                            note.isEmpty() ? "" : " (" + note + ")"));
        } else if (!notice.isDismissal()) {
            v.put(
                    "reason",
                    format(
                            texts,
                            "reason." + notice.reason(),
                            w.endPeriod().map(p -> p.format(MONTH)).orElse(texts.getProperty("none"))));
        }
        return v;
    }

    /**
     * The letter's outgoing number (шығыс № / исх. №), «10.2026/1»: the same in the letter, in {@code notices.csv} and
     * on the page (issue 22: a bailiff's reply quotes the number the register must hold).
     */
    public static String outgoingNumber(MonthResult result, WritNotice notice) {
        return result.period().format(MONTH) + "/" + notice.registerNumber();
    }

    /**
     * What every letter about a writ says (a notice, a statement, a certificate, an answer, a report): its date, the
     * employer who signs it, the bailiff it goes to, the claimant, the writ and its terms. A map to add to.
     */
    static Map<String, String> writ(Writ w, Employer e, LocalDate date, Properties texts, String lang) {
        Map<String, String> v = new HashMap<>();
        // issue 22: the letter's own date in words, the employer, its posts and the bailiff in the letter's language,
        // signatures as «С. Е. Бекова»
        v.put("date", LetterWords.date(date, lang));
        v.put("employer.name", e.letterhead("name", lang).orElse(LetterWords.organisation(e.name(), lang)));
        v.put("employer.bin", e.bin().digits());
        v.put("employer.address", e.letterhead("address", lang).orElse(e.address()));
        v.put("employer.phone", e.phone().orElse(texts.getProperty("none")));
        v.put("employer.head", LetterWords.signature(e.head()));
        v.put("employer.head.post", e.letterhead("head.post", lang).orElse(texts.getProperty("post.head")));
        v.put("employer.accountant", LetterWords.signature(e.accountant()));
        v.put(
                "employer.accountant.post",
                e.letterhead("accountant.post", lang).orElse(texts.getProperty("post.accountant")));
        // RULES §11.1: an agreement or a sentence has no bailiff; a letter about it goes to the recipient
        v.put(
                "bailiff.name",
                w.kind().hasBailiff()
                        ? LetterWords.bailiff(w.bailiff().name(), lang)
                        : w.claimant().name());
        if (w.kind().isAgreement()) {
            v.put("agreement", "yes");
        }
        if (w.kind().isCorrectional()) {
            v.put("sentence", "yes");
        }
        w.bailiff().office().ifPresent(o -> v.put("bailiff.office", o.in(lang)));
        w.bailiff().address().ifPresent(a -> v.put("bailiff.address", a.in(lang)));
        w.bailiff().email().ifPresent(m -> v.put("bailiff.email", m));
        v.put("claimant.name", w.claimant().name());
        v.put("writ.number", w.citedNumber());
        v.put("writ.date", w.writDate().format(DATE));
        v.put("court", w.court().map(c -> c.in(lang)).orElse(texts.getProperty("none")));
        v.put("case.number", w.caseNumber());
        v.put("writ.kind", texts.getProperty("kind." + w.kind().code(), w.kind().code()));
        v.put("writ.terms", terms(w, lang, texts));
        return v;
    }

    /**
     * How many days after its deadline the letter is written (its date, the day the month is exported), 0 when on
     * time.
     */
    static long lateDays(WritNotice notice, MonthResult result) {
        return kz.ustau.domain.rules.LatePenalty.daysLate(
                notice.deadline(), result.now().toLocalDate());
    }

    /** What the writ orders, in words: share, fixed sum, debt share, and for a non-periodic writ the sum to collect. */
    static String terms(Writ w, String lang, Properties texts) {
        List<String> parts = new ArrayList<>();
        w.share().ifPresent(s -> parts.add(format(texts, "terms.share", s.toString())));
        w.fixed().ifPresent(f -> {
            if (f instanceof FixedSum.InMrp m) {
                parts.add(
                        format(texts, "terms.mrp", m.multiple().toPlainString().replace('.', ',')));
            } else {
                Tenge sum = ((FixedSum.InTenge) f).perMonth();
                parts.add(format(texts, w.kind().isSupport() ? "terms.kzt.indexed" : "terms.kzt", money(sum, lang)));
            }
        });
        w.debtShare().ifPresent(s -> parts.add(format(texts, "terms.debt-share", s.toString())));
        if (!w.kind().periodic()) {
            parts.add(format(texts, "terms.debt", money(w.debt(), lang)));
        }
        return String.join(texts.getProperty("terms.join"), parts);
    }

    /** {@code 1 234 567,89 тенге}: no-break spaces between thousands, a decimal comma. */
    static String money(Tenge amount, String lang) {
        return amount.grouped(NBSP) + NBSP + (lang.equals("kk") ? "теңге" : "тенге");
    }

    static String words(Tenge amount, String lang) {
        return lang.equals("kk") ? AmountInWords.kk(amount) : AmountInWords.ru(amount);
    }

    static String format(Properties texts, String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("notice texts: no " + key);
        }
        return MessageFormat.format(pattern.replace("'", "''"), args);
    }

    /** The letters' texts in {@code lang}, read once (one loader for the letters, the explanation and the page). */
    static Properties texts(String lang) {
        Properties p = kz.ustau.app.Messages.noticeTexts(lang);
        if (p.isEmpty()) {
            throw new IllegalStateException("notice texts missing: /kz/ustau/notice/texts-" + lang + ".properties");
        }
        return p;
    }

    static String date(LocalDate d) {
        return d.format(DATE);
    }
}
