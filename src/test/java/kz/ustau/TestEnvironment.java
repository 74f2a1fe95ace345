package kz.ustau;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a suite needs from the machine beyond the JDK and Maven (issue 20): where it is missing, the suite is reported
 * skipped with the reason ({@code @EnabledIf(value = "kz.ustau.TestEnvironment#…", disabledReason = "…")}), never
 * left out in silence; {@code .ci/run} provides all of it and fails when any test was skipped.
 */
public final class TestEnvironment {
    private TestEnvironment() {}

    /** A PostgreSQL server for the ledger's tests on a server: {@code USTAU_TEST_PG_URL} ({@code .ci/postgres.sh}). */
    public static boolean hasPostgres() {
        String url = System.getenv("USTAU_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    /** Debian's chromium and chromium-driver, for the page in a real browser. */
    public static boolean hasChromedriver() {
        return Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    }

    /** Debian's faketime, for the ledger read with real gaps between commands. */
    public static boolean hasFaketime() {
        return Files.isExecutable(Path.of("/usr/bin/faketime"));
    }

    /** Debian's libreoffice-writer-nogui, the independent reader of the DOCX letters. */
    public static boolean hasLibreOffice() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }
}
