package kz.ustau.app;

import java.util.List;
import java.util.Locale;

/**
 * Something the accountant should know that does not stop the run (CONTRACT §2, §5.6): a writ whose debtor has no pay,
 * a line of another period, a late transfer and its penalty exposure. A stable code and the message arguments.
 */
public record Warning(String code, List<String> args) {
    public Warning {
        args = List.copyOf(args);
    }

    public static Warning of(String code, String... args) {
        return new Warning(code, List.of(args));
    }

    /**
     * The warning in {@code locale}, its dates, months and amounts as people read them (issue 22): «30.10.2026»,
     * «10.2026», «100 883,75», as the letters write them; the arguments themselves stay as the code gave them.
     */
    public String message(Locale locale) {
        return Messages.text(
                locale, "warning." + code, args.stream().map(Warning::forPeople).toList());
    }

    /**
     * A warning's line as people read it on the console and in warnings.txt: its words alone (issue 22; the code is in
     * warnings.csv), tagged with the language, as warnings.txt holds two: «[ru] …».
     */
    public static String line(String words, Locale lang) {
        return "[" + lang.getLanguage() + "] " + words;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?\\d+\\.\\d{2}");

    /** One argument for people: a whole date, month or amount rewritten, anything else as it is. */
    static String forPeople(String arg) {
        java.util.regex.Matcher d = DATE.matcher(arg);
        if (d.matches()) {
            return d.group(3) + "." + d.group(2) + "." + d.group(1);
        }
        java.util.regex.Matcher m = MONTH.matcher(arg);
        if (m.matches()) {
            return m.group(2) + "." + m.group(1);
        }
        if (AMOUNT.matcher(arg).matches()) {
            return kz.ustau.domain.money.Tenge.of(arg).grouped('\u00A0');
        }
        return arg;
    }
}
