package kz.ustau.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.app.Messages;
import kz.ustau.cases.Golden;
import org.junit.jupiter.api.Test;

/**
 * A sample of every message in Kazakh and in Russian as the program renders it (issue 22), side by side in one golden
 * file for a bilingual reviewer to read: {@code ‹0›}, {@code ‹1›} stand where the program puts its values, and a text
 * whose words follow a number (ICU plural) is rendered for 1, 3, 5 and 21, the counts whose forms differ in Russian. A
 * text changed in tools/messages.py changes this file, so its review is in the diff.
 */
class MessageSamplesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/texts/messages-kk-ru.txt");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+), plural,");
    private static final List<Long> COUNTS = List.of(1L, 3L, 5L, 21L);

    @Test
    void everyMessageInBothLanguagesIsAsReviewed() throws IOException {
        Properties kk = load("_kk");
        Properties ru = load("_ru");
        TreeSet<String> keys = new TreeSet<>(kk.stringPropertyNames());
        keys.addAll(ru.stringPropertyNames());
        StringBuilder out = new StringBuilder();
        out.append("# Every message of kz/ustau/messages_kk|ru.properties as the program renders it (issue 22).\n")
                .append("# ‹0›, ‹1›… stand where the program puts its values; a text with a plural is shown for ")
                .append(COUNTS)
                .append(".\n")
                .append("# Written by MessageSamplesTest: mvn test -Dtest=MessageSamplesTest -Dgolden.update=true\n");
        for (String key : keys) {
            String both = kk.getProperty(key, "") + ru.getProperty(key, "");
            int args = arguments(both);
            Matcher plural = PLURAL.matcher(both);
            int counted = plural.find() ? Integer.parseInt(plural.group(1)) : -1;
            out.append('\n').append(key).append('\n');
            for (long n : counted < 0 ? List.of(-1L) : COUNTS) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < args; i++) {
                    values.add(i == counted ? Long.toString(n) : "‹" + i + "›");
                }
                String at = counted < 0 ? "" : " (" + n + ")";
                out.append("  kk")
                        .append(at)
                        .append(": ")
                        .append(Messages.text(Messages.KAZAKH, key, values))
                        .append('\n');
                out.append("  ru")
                        .append(at)
                        .append(": ")
                        .append(Messages.text(Messages.RUSSIAN, key, values))
                        .append('\n');
            }
        }
        Golden.assertBytesMatch(out.toString().getBytes(StandardCharsets.UTF_8), GOLDEN);
    }

    /** How many arguments a text takes: its highest placeholder, plus one. */
    private static int arguments(String pattern) {
        int most = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            most = Math.max(most, Integer.parseInt(m.group(1)) + 1);
        }
        return most;
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/kz/ustau/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
