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

    /** An amount in tiyn as Ustau's messages write it ({@code 98283.75}), with the word for tenge after it if any. */
    private static final java.util.regex.Pattern AMOUNT =
            java.util.regex.Pattern.compile("(?<![\\w.,/-])(-?\\d+)\\.(\\d{2})(?![\\w.,/-]|,\\d)( (?:тенге|теңге))?");
    /** A date or a month as ISO writes it, on its own (not inside a file name). */
    private static final java.util.regex.Pattern ISO =
            java.util.regex.Pattern.compile("(?<![\\w.,/-])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\w/-]|\\.\\w)");

    /**
     * A message of the command line (a warning, a summary) as the page shows it: its amounts {@code 98283.75} as
     * {@code 98 283,75 ₸}, its dates {@code 2026-11-09} as {@code 09.11.2026} and months {@code 2026-10} as
     * {@code 10.2026}; file names and everything else as they are.
     */
    static String text(String message) {
        java.util.regex.Matcher m = AMOUNT.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = money(Tenge.of(m.group(1) + "." + m.group(2)));
            if (m.group(3) != null) {
                shown = shown.substring(0, shown.length() - 2) + m.group(3);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        java.util.regex.Matcher d = ISO.matcher(out.toString());
        StringBuilder dated = new StringBuilder();
        while (d.find()) {
            String shown = d.group(3) != null
                    ? d.group(3) + "." + d.group(2) + "." + d.group(1)
                    : d.group(2) + "." + d.group(1);
            d.appendReplacement(dated, shown);
        }
        d.appendTail(dated);
        return dated.toString();
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    /** An outgoing number {@code 2026-10/1} as the letters print it: {@code 10.2026/1} (issue 19). */
    static String register(String number) {
        if (number == null) {
            return "";
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})/(\\d+)").matcher(number);
        return m.matches() ? m.group(2) + "." + m.group(1) + "/" + m.group(3) : number;
    }

    /** A message without the code it ends with: «… [iin.bad-checksum]» → «…» (issue 19). */
    static String withoutCode(String line) {
        return line.replaceFirst(" \\[[a-z0-9]+(?:[.-][a-z0-9]+)+]$", "");
    }
}
