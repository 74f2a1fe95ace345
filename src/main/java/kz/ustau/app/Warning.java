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

    public String message(Locale locale) {
        return Messages.text(locale, "warning." + code, args);
    }
}
