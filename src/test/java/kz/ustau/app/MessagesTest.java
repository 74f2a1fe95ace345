package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three bundles carry the same keys, so no message falls back to another language or to its key. */
class MessagesTest {
    private static Set<String> keys(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/kz/ustau/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        assertThat(keys("_kk")).isEqualTo(keys("")).hasSizeGreaterThan(150);
        assertThat(keys("_ru")).isEqualTo(keys(""));
    }

    @Test
    void everyProblemCodeHasAnExpectation() throws IOException {
        for (String key : keys("")) {
            if (key.startsWith("problem.") && !key.endsWith(".expected") && !key.equals("problem.format")) {
                assertThat(keys("")).as(key).contains(key + ".expected");
            }
        }
    }
}
