package kz.ustau.app;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts in Kazakh and Russian (and English for integrators), keyed by stable codes: the bundles
 * {@code kz/ustau/messages*.properties}. A missing key is a programming error, shown as the key itself.
 */
public final class Messages {
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "kz.ustau.messages";

    private Messages() {}

    public static String text(Locale locale, String key, List<String> args) {
        Object format = FORMATS.computeIfAbsent(locale, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> compile(locale, k));
        if (format == MISSING) {
            return key + " " + args;
        }
        if (format instanceof com.ibm.icu.text.MessageFormat icu) {
            return plural(icu, args);
        }
        MessageFormat jdk = (MessageFormat) format;
        // one compiled format a text, shared: a large month's explanation says a few texts millions of times
        // (issue 21); MessageFormat is not thread-safe, and the month's documents are written side by side
        synchronized (jdk) {
            return jdk.format(args.toArray());
        }
    }

    private static final Object MISSING = new Object();

    private static final java.util.Map<Locale, java.util.Map<String, Object>> FORMATS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The text's pattern compiled once: ICU's for a plural, the JDK's for the rest; {@link #MISSING} without one. */
    private static Object compile(Locale locale, String key) {
        String pattern;
        try {
            pattern =
                    ResourceBundle.getBundle(BUNDLE, locale, NoFallback.CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return MISSING;
        }
        if (pattern.contains(", plural,")) {
            return new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLocale(locale));
        }
        return new MessageFormat(pattern, locale);
    }

    /**
     * A text whose words follow a number, through ICU's MessageFormat and the language's plural rules (issue 22):
     * Russian «ещё 1 ошибка / 3 ошибки / 5 ошибок», from {@code {0, plural, one{…} few{…} many{…} other{…}}}. The
     * arguments that are whole numbers are given as numbers, so that the rules can choose; {@code #} writes the
     * number as the language groups it («5 185»).
     */
    private static String plural(com.ibm.icu.text.MessageFormat format, List<String> args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            String a = args.get(i);
            values[i] = a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a;
        }
        synchronized (format) {
            return format.format(values);
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        return text(
                locale, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * The letters' own texts in {@code lang} ({@code kz/ustau/notice/texts-kk|ru.properties}): the names of the kinds
     * of writ and of the reasons a writ ends, which the explanation and the page use as the letters do. Read once.
     */
    public static java.util.Properties noticeTexts(String lang) {
        return NOTICE_TEXTS.computeIfAbsent(lang, l -> {
            java.util.Properties p = new java.util.Properties();
            String resource = "/kz/ustau/notice/texts-" + l + ".properties";
            try (java.io.InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return p;
        });
    }

    private static final java.util.Map<String, java.util.Properties> NOTICE_TEXTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code what is wrong: found "value", expected … [code]} for an input problem. */
    public static String problem(Locale locale, String code, String found, List<String> args) {
        String what = text(locale, "problem." + code, args);
        String expected = text(locale, "problem." + code + ".expected", args);
        return text(locale, "problem.format", what, found, expected, code);
    }

    /** Bundles fall back to the base (English) bundle, never to the JVM's default locale. */
    private static final class NoFallback {
        static final ResourceBundle.Control CONTROL =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
