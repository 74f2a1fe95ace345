package kz.ustau.app.ledger;

import java.util.Objects;
import java.util.regex.Pattern;
import kz.ustau.domain.id.IdNumber;

/**
 * Who changes the ledger, and from where, as the audit trail records it (issue 18, docs/bureau.md §4; журнал
 * действий / әрекеттер журналы): {@code login} — the user's name (the operating system's user for a command, the
 * page's user on the page), {@code origin} — {@code cli@HOST} for a command, the client's address on the page. Both
 * are bounded and never hold an IIN whole: twelve digits in a row are masked as IINs are.
 */
public record Actor(String login, String origin) {
    /** The longest login and origin the trail keeps. */
    public static final int MAX = 100;

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public Actor {
        login = clean(Objects.requireNonNull(login, "login"), MAX);
        origin = clean(Objects.requireNonNull(origin, "origin"), MAX);
        if (login.isEmpty()) {
            throw new IllegalArgumentException("an actor has a login");
        }
    }

    /** A command's user on a host: {@code login}, {@code cli@host}. */
    public static Actor command(String login, String host) {
        return new Actor(login.isBlank() ? "?" : login, "cli@" + (host.isBlank() ? "localhost" : host));
    }

    /**
     * Any text the trail keeps, as it may keep it: stripped, one line, at most {@code max} characters, every IIN in it
     * masked.
     */
    public static String clean(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        t = TWELVE_DIGITS.matcher(t).replaceAll(m -> IdNumber.mask(m.group()));
        return t.length() > max ? t.substring(0, max) : t;
    }
}
