package kz.ustau.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22, done when: the sample month's explain.txt, warnings and summary in {@code --lang kk} and {@code --lang ru}
 * carry no English word, no code name and no RULES reference. What stays is the user's own: the personnel numbers and
 * writ ids, the income codes of the payroll, the file and row a line came from, and the language a line of the
 * bilingual warnings.txt is in; a warning's code is in warnings.csv alone (decision #48).
 */
class SampleMonthTextsTest {
    /** The user's own identifiers: {@code T003}, {@code W01}, a payroll line's origin, an income code. */
    static final Pattern USERS_OWN =
            Pattern.compile("\\b[TW]\\d+\\b|\\S+\\.csv:\\d+|  [A-Z][A-Z_]+  |^\\[(kk|ru)] ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void theSampleMonthSpeaksTheLanguageAlone(String lang) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path folder = dir.resolve("out");
        int exit = kz.ustau.cases.SampleRuns.sampleMonth(
                folder, "2026-11-02T09:00", new PrintWriter(out), new PrintWriter(err), "--lang", lang);
        assertThat(exit).as(err.toString()).isZero();

        Map<String, String> texts = new LinkedHashMap<>();
        add(texts, "explain.txt", Files.readAllLines(folder.resolve("explain.txt"), StandardCharsets.UTF_8));
        add(texts, "warnings.txt", Files.readAllLines(folder.resolve("warnings.txt"), StandardCharsets.UTF_8));
        add(texts, "stderr", err.toString().lines().toList());
        add(
                texts,
                "stdout",
                out.toString().replace(folder.toString(), "").lines().toList());

        assertThat(texts).as("what was read").hasSizeGreaterThan(200);
        assertThat(UserTextsTest.latinWords(texts)).isEmpty();
        assertThat(String.join("\n", texts.values()))
                .as("dates and amounts for people")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContainPattern("\\d{4}\\.\\d{2}(?!\\.)\\b");
    }

    private static void add(Map<String, String> texts, String file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            texts.put(file + ":" + (i + 1), USERS_OWN.matcher(lines.get(i)).replaceAll(" "));
        }
    }
}
