package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files (STYLE §5): byte-exact comparison with a file under {@code src/test/resources}. With
 * {@code -Dgolden.update=true} the expected file is rewritten and the test still fails, so an update is reviewed in the
 * git diff and can never pass in CI.
 */
public final class Golden {
    public static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update", "false"));

    private Golden() {}

    public static void assertBytesMatch(byte[] actual, Path expected) throws IOException {
        if (UPDATE || !Files.exists(expected)) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, actual);
            fail("golden file written: " + expected + " - review the diff, commit it, re-run without -Dgolden.update");
        }
        byte[] wanted = Files.readAllBytes(expected);
        java.nio.charset.Charset shown = expected.getFileName().toString().startsWith("payments-")
                ? java.nio.charset.Charset.forName("windows-1251")
                : java.nio.charset.StandardCharsets.UTF_8;
        assertThat(new String(actual, shown))
                .as("%s differs from golden (to accept: -Dgolden.update=true, then review the git diff)", expected)
                .isEqualTo(new String(wanted, shown));
        assertThat(actual).as("bytes of %s", expected).isEqualTo(wanted);
    }
}
