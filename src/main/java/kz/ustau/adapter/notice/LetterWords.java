package kz.ustau.adapter.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a letter writes what the input gives in one language (issue 22), by construction and never by inflecting a
 * name: an organisation's legal form («ЖШС» in Kazakh, «ТОО» in Russian) and a bailiff's post («Жеке сот орындаушысы»
 * / «Частный судебный исполнитель») from {@code bilingual.csv}; a signature's name as Kazakh and Russian letters sign,
 * «С. Е. Бекова»; a date in words, «2026 жылғы 30 қазан» and «30 октября 2026 г.».
 */
final class LetterWords {
    private static final String NBSP = "\u00A0";
    private static final List<String[]> LEGAL_FORMS = new ArrayList<>();
    private static final List<String[]> POSTS = new ArrayList<>();
    private static final String[] KK_MONTHS = {
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан"
    };
    private static final String[] RU_MONTHS = {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
    };

    static {
        try (InputStream in = LetterWords.class.getResourceAsStream("/kz/ustau/notice/bilingual.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // the header
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                String[] pair = {cells[1].strip(), cells[2].strip()};
                (cells[0].equals("post") ? POSTS : LEGAL_FORMS).add(pair);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the longer form first: «ШЖҚ КМК» before «КМК», «Жеке сот орындаушысы» before «Сот орындаушысы»
        Comparator<String[]> longest = Comparator.comparingInt(p -> -Math.max(p[0].length(), p[1].length()));
        LEGAL_FORMS.sort(longest);
        POSTS.sort(longest);
    }

    private LetterWords() {}

    /** The organisation's name with its legal form in {@code lang}: «ТОО «Дала Құрылыс»» → «ЖШС «Дала Құрылыс»». */
    static String organisation(String name, String lang) {
        return swapFirst(name, LEGAL_FORMS, lang, false);
    }

    /** The bailiff's post in {@code lang}, the name as given: «Жеке сот орындаушысы Тұрсынов Алмас Бекұлы». */
    static String bailiff(String postAndName, String lang) {
        return swapFirst(postAndName, POSTS, lang, true);
    }

    private static String swapFirst(String text, List<String[]> pairs, String lang, boolean ignoreCase) {
        String t = text.strip();
        int to = "kk".equals(lang) ? 0 : 1;
        for (String[] pair : pairs) {
            for (String form : pair) {
                if (startsWithWord(t, form, ignoreCase)) {
                    return pair[to] + t.substring(form.length());
                }
            }
        }
        return t;
    }

    private static boolean startsWithWord(String text, String form, boolean ignoreCase) {
        if (!text.regionMatches(ignoreCase, 0, form, 0, form.length())) {
            return false;
        }
        return text.length() == form.length() || !Character.isLetterOrDigit(text.charAt(form.length()));
    }

    /**
     * A person's name as a signature gives it, the initials before the surname: «Бекова Сәуле Ержанқызы» →
     * «С. Е. Бекова», «Ли Артур» → «А. Ли»; one word stays as it is. Written surname first, as the input writes names.
     */
    static String signature(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return fullName.strip();
        }
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            s.append(words[i].substring(0, words[i].offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                    .append('.')
                    .append(NBSP);
        }
        return s.append(words[0]).toString();
    }

    /** A date in words as letters write it: «2026 жылғы 30 қазан», «30 октября 2026 г.». */
    static String date(LocalDate d, String lang) {
        if ("kk".equals(lang)) {
            return d.getYear() + NBSP + "жылғы" + NBSP + d.getDayOfMonth() + NBSP + KK_MONTHS[d.getMonthValue() - 1];
        }
        return d.getDayOfMonth() + NBSP + RU_MONTHS[d.getMonthValue() - 1] + NBSP + d.getYear() + NBSP + "г.";
    }

    private static final String[] RU_MONTHS_NOMINATIVE = {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь"
    };

    /** A month in words, standing alone: «2026 жылғы қазан», «октябрь 2026 г.». */
    static String month(java.time.YearMonth m, String lang) {
        if ("kk".equals(lang)) {
            return m.getYear() + NBSP + "жылғы" + NBSP + KK_MONTHS[m.getMonthValue() - 1];
        }
        return RU_MONTHS_NOMINATIVE[m.getMonthValue() - 1] + NBSP + m.getYear() + NBSP + "г.";
    }

    /**
     * A month as «from» wants it: Russian «с ноября 2026 г.» takes the genitive, so «ноября 2026 г.»; Kazakh letters
     * name the month alone, «2026 жылғы қараша», after a dash.
     */
    static String monthFrom(java.time.YearMonth m, String lang) {
        if ("kk".equals(lang)) {
            return month(m, lang);
        }
        return RU_MONTHS[m.getMonthValue() - 1] + NBSP + m.getYear() + NBSP + "г.";
    }
}
