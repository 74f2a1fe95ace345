package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 on a real PostgreSQL server (where {@code USTAU_TEST_PG_URL} is set, as {@code .ci/run} sets it): two
 * closes of one month at once, each in a JVM of its own — one wins, the other is refused at once in its language, no
 * SQL text ({@code duplicate key … month_file_pkey} before).
 */
@org.junit.jupiter.api.condition.EnabledIf(
        value = "kz.ustau.TestEnvironment#hasPostgres",
        disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
class PostgresIssue13Test {
    static final String URL = System.getenv("USTAU_TEST_PG_URL");

    @TempDir
    Path temp;

    @Test
    void twoClosesAtOnceOneWinsTheOtherIsToldSo() throws Exception {
        assertThat(URL).as("USTAU_TEST_PG_URL, set by .ci/run").isNotBlank();
        try (Connection c = DriverManager.getConnection(
                        URL, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Issue13Test.assertTwoClosesAtOnce(URL, temp);
    }
}
