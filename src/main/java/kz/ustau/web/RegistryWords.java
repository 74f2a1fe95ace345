package kz.ustau.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's recorded words said for people, one source for the page and the command line (issue 22): the kinds
 * of writ, statuses, events, end reasons and answers by the page's texts and the letters'.
 */
public final class RegistryWords {
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private RegistryWords() {}

    /** A moment the registry recorded, for people: «02.11.2026 09:00». */
    public static String at(java.time.LocalDateTime at) {
        return PeopleFormat.date(at.toLocalDate()) + " " + at.toLocalTime().withNano(0);
    }

    /** The page's words in one language ({@code kk}, {@code ru}), with the kinds of writ and end reasons the letters name; read once. */
    public static Map<String, String> of(String lang) {
        return CACHE.computeIfAbsent(lang, RegistryWords::load);
    }

    private static Map<String, String> load(String lang) {
        Map<String, String> words = new HashMap<>();
        for (String resource : List.of(
                "/kz/ustau/notice/texts-" + lang + ".properties", "/kz/ustau/web/texts-" + lang + ".properties")) {
            Properties p = new Properties();
            try (InputStream in = RegistryWords.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("page texts missing: " + resource);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
        }
        return Map.copyOf(words);
    }

    /**
     * An event's detail in the page's words (issue 19): the registry keeps it as recorded («RETURNED_TO_BAILIFF: letter
     * of 2026-10», «resumed», «ADOPTION: n1», «DUPLICATE:W03»); the page says what it means. Anything else is the
     * accountant's own words, shown as typed.
     */
    public static String detail(String recorded, Map<String, String> t) {
        String d = recorded.strip();
        java.util.regex.Matcher letter =
                java.util.regex.Pattern.compile("letter of (\\d{4})-(\\d{2})").matcher(d);
        if (letter.matches()) {
            return MessageFormat.format(
                    t.get("detail.letter").replace("'", "''"), letter.group(2) + "." + letter.group(1));
        }
        if (d.equals("resumed")) {
            return t.get("detail.resumed");
        }
        int colon = d.indexOf(':');
        String head = colon >= 0 ? d.substring(0, colon) : d;
        String rest = colon >= 0 ? d.substring(colon + 1).strip() : "";
        String named = t.get("end." + head);
        if (named == null) {
            named = t.get("answer." + head);
        }
        if (named == null || !head.matches("[A-Z_]+")) {
            return d;
        }
        return rest.isEmpty() ? named : named + ": " + detail(rest, t);
    }

    /**
     * A month's event's detail in the page's words (docs/bureau.md §4): the ledger records it for the integrator
     * («same payroll», «payroll: a.csv, b.csv», «2026-09 changed», «payout added: [b.csv]», «finished: DIR»; «close» and
     * «export», which the event's own word says); anything else is the accountant's reason, shown as typed.
     */
    public static String monthDetail(String recorded, Map<String, String> t) {
        String d = recorded.strip();
        if (d.equals("close") || d.equals("export")) {
            return "";
        }
        if (d.equals("same payroll")) {
            return t.get("audit.same-payroll");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(payroll|payout added|finished): \\[?(.*?)\\]?")
                .matcher(d);
        if (m.matches()) {
            return t.get("audit." + m.group(1).replace(' ', '-')) + ": " + m.group(2);
        }
        java.util.regex.Matcher changed =
                java.util.regex.Pattern.compile("(\\d{4})-(\\d{2}) changed").matcher(d);
        if (changed.matches()) {
            return MessageFormat.format(
                    t.get("audit.changed").replace("'", "''"), changed.group(2) + "." + changed.group(1));
        }
        return d;
    }
}
