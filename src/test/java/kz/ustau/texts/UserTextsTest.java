package kz.ustau.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users read in Kazakh and Russian (issue 22): the letters' templates and words, the page's texts, and the
 * warnings and the explanation of the messages bundle carry no English word, no message code and no internal
 * reference (RULES, CONTRACT, §), the formats and bank identifiers aside; and no text uses a word the glossary
 * ({@code docs/glossary.md}) says never to use for its concept.
 */
class UserTextsTest {
    static final Path RESOURCES = Path.of("src/main/resources/kz/ustau");

    /** Words in Latin letters a Kazakh or Russian text may hold: formats, bank identifiers, programs named. */
    static final Set<String> ALLOWED = Set.of(
            "CSV",
            "XLSX",
            "XLS",
            "XML",
            "PDF",
            "DOCX",
            "IBAN",
            "BIC",
            "SWIFT",
            "KZ",
            "UTF-8",
            "UTF-16",
            "windows-1251",
            "zip",
            "Excel",
            "LibreOffice",
            "MT100",
            "pain.001",
            "ISO",
            "e-mail");

    /** A file name the text points to: {@code warnings.txt}, {@code employer-deductions.csv}. */
    static final Pattern FILE = Pattern.compile("[a-z0-9_-]+\\.(txt|csv|xml|pdf|docx|properties)");

    static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-/]*[A-Za-z0-9]|[A-Za-z]");
    /** ICU's plural syntax: {@code {0, plural, one{…} few{…} other{…}}} keeps its keywords, the words are checked. */
    static final Pattern PLURAL =
            Pattern.compile("\\{[0-9]+, plural,|\\b(zero|one|two|few|many|other)\\{|(?<!})}(?!})");

    static final Pattern PLACEHOLDERS =
            Pattern.compile("\\{\\{[^}]*\\}\\}|\\{[0-9]+[^}]*\\}|^\\[[?!][a-z.]+\\] |\\[\\[[a-z.]+\\]\\]");

    /** Every text users read in {@code lang}, by where it is: «messages_kk.properties: warning.writ.no-pay». */
    static Map<String, String> texts(String lang) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String bundle : List.of(
                "messages_" + lang + ".properties",
                "web/texts-" + lang + ".properties",
                "notice/texts-" + lang + ".properties")) {
            Properties p = load(RESOURCES.resolve(bundle));
            for (String key : p.stringPropertyNames()) {
                boolean read =
                        !bundle.startsWith("messages") || key.startsWith("warning.") || key.startsWith("explain.");
                if (read) {
                    texts.put(bundle + ": " + key, p.getProperty(key));
                }
            }
        }
        try (Stream<Path> files = Files.list(RESOURCES.resolve("notice"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith("-" + lang + ".txt"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    texts.put("notice/" + f.getFileName() + ":" + (i + 1), lines.get(i));
                }
            }
        }
        return texts;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<String> latinWords(Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> {
            String plain = PLURAL.matcher(text).replaceAll(" ");
            plain = PLACEHOLDERS.matcher(plain).replaceAll(" ");
            plain = FILE.matcher(plain).replaceAll(" ");
            Matcher m = LATIN.matcher(plain);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) {
                    found.add(where + " — «" + m.group() + "»");
                }
            }
            if (plain.contains("RULES") || plain.contains("CONTRACT") || plain.contains("§")) {
                found.add(where + " — an internal reference");
            }
        });
        return found;
    }

    @Test
    void kazakhTextsHaveNoEnglishWordCodeOrInternalReference() throws IOException {
        assertThat(latinWords(texts("kk"))).isEmpty();
    }

    @Test
    void russianTextsHaveNoEnglishWordCodeOrInternalReference() throws IOException {
        assertThat(latinWords(texts("ru"))).isEmpty();
    }

    @Test
    void theCheckFindsAnEnglishWordACodeAndARulesSection() {
        assertThat(latinWords(Map.of(
                        "a", "W05: SUSPENDED",
                        "b", "(RULES §7, MFC art. 165)",
                        "c", "{0} IBAN, файл warnings.txt, {{writ.number}}")))
                .containsExactlyInAnyOrder(
                        "a — «W05»",
                        "a — «SUSPENDED»",
                        "b — «RULES»",
                        "b — «MFC»",
                        "b — «art»",
                        "b — an internal reference");
    }

    /** The glossary's never-words, per language: the fourth column, Kazakh before the slash and Russian after it. */
    static Map<String, List<String>> neverWords() throws IOException {
        Map<String, List<String>> never = Map.of("kk", new ArrayList<>(), "ru", new ArrayList<>());
        for (String line : Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 6 || line.startsWith("|---") || cells[1].strip().equals("concept (code)")) {
                continue;
            }
            String[] sides = cells[4].split("/", -1);
            for (int side = 0; side < sides.length && side < 2; side++) {
                for (String word : sides[side].split(",")) {
                    String w = word.replaceAll("\\(.*?\\)|\\bas a heading for one\\b", "")
                            .strip();
                    if (!w.isEmpty()) {
                        never.get(side == 0 ? "kk" : "ru").add(w);
                    }
                }
            }
        }
        return never;
    }

    @Test
    void noTextUsesAWordTheGlossarySaysNeverToUse() throws IOException {
        Map<String, List<String>> never = neverWords();
        assertThat(never.get("kk")).contains("атқару парағы", "ұстау негізі", "жұмыстан шығу");
        assertThat(never.get("ru")).contains("извещение");
        List<String> found = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            Map<String, String> texts = new LinkedHashMap<>(texts(lang));
            // the command line's help (HelpTextsTest checks it for English words itself)
            Properties help = load(RESOURCES.resolve("cli/help_" + lang + ".properties"));
            help.stringPropertyNames()
                    .forEach(k -> texts.put("cli/help_" + lang + ".properties: " + k, help.getProperty(k)));
            texts.forEach((where, text) -> {
                String t = text.toLowerCase(Locale.ROOT);
                for (String w : never.get(lang)) {
                    if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w.toLowerCase(Locale.ROOT)))
                            .matcher(t)
                            .find()) {
                        found.add(where + " — «" + w + "»");
                    }
                }
            });
        }
        assertThat(found).isEmpty();
    }
}
