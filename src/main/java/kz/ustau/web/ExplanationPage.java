package kz.ustau.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.app.Messages;
import kz.ustau.app.ReferenceTables;
import kz.ustau.domain.money.Tenge;

/**
 * An employee's part of {@code explain.txt} as the page shows it (issue 19), in the page's language alone: the file
 * names every label, law, kind of writ and income type in Kazakh and Russian joined by « / »; the page keeps the
 * chosen language's half and leaves out the catalogue's basis of each line (the income type's name says it). Files
 * written before issue 22 cite the laws in English, refer to Ustau's own rules and write ISO dates and plain amounts:
 * for them the page still cites the laws in its language, drops the references and writes dates and amounts as people
 * read them. The figures and their arithmetic are the file's, unchanged.
 */
final class ExplanationPage {
    private final String lang;
    /** «kk / ru» as the file writes them, longest first, and what the page writes instead. */
    private final List<Map.Entry<String, String>> pairs;
    /** The page's words: the kinds of writ by their codes. */
    private final Map<String, String> words;

    private static final Pattern BASIS = Pattern.compile("(?m)  \\[[^\\]\\n]*]$");
    private static final Pattern RULES =
            Pattern.compile("[,;] RULES §[\\d.]+(?:, §[\\d.]+)*|RULES §[\\d.]+(?:, §[\\d.]+)*(?:[,;] )?");
    private static final Pattern KIND = Pattern.compile("(?m)^(   \\S+ — )([A-Z_]+)(, )");
    private static final Pattern DATE = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern PERIOD = Pattern.compile("(?<![\\d.\\-])(\\d{4})-(\\d{2})(?![\\d\\-])");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(-?\\d+\\.\\d{2})(?![\\d.])");

    private ExplanationPage(String lang, List<Map.Entry<String, String>> pairs, Map<String, String> words) {
        this.lang = lang;
        this.pairs = pairs;
        this.words = words;
    }

    static ExplanationPage of(String lang, ReferenceTables tables, Map<String, String> words) {
        Map<String, String> found = new LinkedHashMap<>();
        ResourceBundle kk = ResourceBundle.getBundle("kz.ustau.messages", Messages.KAZAKH);
        for (String key : kk.keySet()) {
            if (key.startsWith("explain.")) {
                pair(found, Messages.text(Messages.KAZAKH, key), Messages.text(Messages.RUSSIAN, key), lang);
            }
        }
        // the kinds of writ, named in the file as the letters name them (issue 22)
        java.util.Properties kindsKk = Messages.noticeTexts("kk");
        java.util.Properties kindsRu = Messages.noticeTexts("ru");
        for (String key : kindsKk.stringPropertyNames()) {
            if (key.startsWith("kind.") && kindsRu.containsKey(key)) {
                pair(found, kindsKk.getProperty(key), kindsRu.getProperty(key), lang);
            }
        }
        for (String code : tables.incomeTypes().codes()) {
            tables.incomeTypes()
                    .firstValidFrom(code)
                    .flatMap(from -> tables.incomeTypes().on(code, from))
                    .ifPresent(t -> pair(found, t.nameKk(), t.nameRu(), lang));
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>(found.entrySet());
        pairs.sort(
                Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length())
                        .reversed());
        return new ExplanationPage(lang, pairs, words);
    }

    private static void pair(Map<String, String> found, String kk, String ru, String lang) {
        if (!kk.equals(ru)) {
            // the file's languages come in the order of the run that wrote it: «kk / ru» or «ru / kk»
            String chosen = lang.equals("kk") ? kk : ru;
            found.put(kk + " / " + ru, chosen);
            found.put(ru + " / " + kk, chosen);
        }
    }

    /** The part in the page's language, with dates and amounts for people. */
    String localize(String text) {
        String out = text;
        for (Map.Entry<String, String> p : pairs) {
            out = out.replace(p.getKey(), p.getValue());
        }
        out = BASIS.matcher(out).replaceAll(""); // the catalogue's basis, in English: the code's name says it
        out = RULES.matcher(out).replaceAll("");
        out = out.replace(" ()", "").replace("()", "");
        out = laws(out);
        Matcher kind = KIND.matcher(out);
        StringBuilder named = new StringBuilder();
        while (kind.find()) {
            String name = words.getOrDefault("kind." + kind.group(2), kind.group(2));
            kind.appendReplacement(named, Matcher.quoteReplacement(kind.group(1) + name + kind.group(3)));
        }
        kind.appendTail(named);
        // amounts before dates: a date written for people («05.11.2026») must not read as an amount
        Matcher m = AMOUNT.matcher(named.toString());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String people = Tenge.of(m.group(1)).grouped('\u00A0');
            m.appendReplacement(sb, Matcher.quoteReplacement(people));
        }
        m.appendTail(sb);
        out = DATE.matcher(sb.toString()).replaceAll("$3.$2.$1");
        return PERIOD.matcher(out).replaceAll("$2.$1");
    }

    /** The laws cited as the page's language cites them. */
    private String laws(String text) {
        boolean kk = lang.equals("kk");
        String out = text;
        out = replace(out, "Law arts\\. ([\\d–, ]+\\d)", kk ? "Заңның $1-баптары" : "ст. $1 Закона");
        out = replace(out, "Law art\\. (\\d+(?:\\(\\d+\\))?)", kk ? "Заңның $1-бабы" : "ст. $1 Закона");
        out = replace(out, "Order 372", kk ? "№ 372 бұйрық" : "приказ № 372");
        out = replace(
                out,
                "MFC art\\. (\\d+)",
                kk
                        ? "«Неке (ерлі-зайыптылық) және отбасы туралы» Кодекстің $1-бабы"
                        : "ст. $1 Кодекса «О браке (супружестве) и семье»"); // the glossary: spelled out
        out = replace(
                out,
                "Labour Code art\\. (\\d+(?:\\(\\d+\\))?)",
                kk ? "Еңбек кодексінің $1-бабы" : "ст. $1 Трудового кодекса");
        out = replace(
                out, "Criminal Code art\\. (\\d+)", kk ? "Қылмыстық кодекстің $1-бабы" : "ст. $1 Уголовного кодекса");
        return out;
    }

    private static String replace(String text, String regex, String with) {
        return Pattern.compile(regex).matcher(text).replaceAll(with);
    }
}
