package kz.ustau.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import kz.ustau.domain.money.Tenge;

/** Amounts and dates as people read them on the page: {@code 1 234 567,89 ₸}, {@code 26.11.2026}, {@code 11.2026}. */
final class PeopleFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    /** A no-break space between groups, so an amount never wraps. */
    private static final char GROUP = '\u00A0';

    private PeopleFormat() {}

    static String money(Tenge amount) {
        String grouped = amount.grouped(GROUP);
        return (amount.isNegative() ? "−" + grouped.substring(1) : grouped) + GROUP + "₸";
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }
}
