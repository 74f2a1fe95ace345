package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's held money on a real PostgreSQL server (where {@code USTAU_TEST_PG_URL} is set): the held column is NUMERIC
 * there and TEXT in SQLite, and the query that finds it must read both.
 */
@org.junit.jupiter.api.condition.EnabledIf(
        value = "kz.ustau.TestEnvironment#hasPostgres",
        disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
class PostgresIssue17Test {
    static final String URL = System.getenv("USTAU_TEST_PG_URL");

    @TempDir
    Path temp;

    @Test
    void heldMoneyIsPaidOnceTheWritHasAnAccount() throws Exception {
        assertThat(URL).as("USTAU_TEST_PG_URL, set by .ci/run").isNotBlank();
        try (Connection c = DriverManager.getConnection(
                        URL, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Issue17Test.heldMoneyIsPaidOnceTheWritHasAnAccount(URL, temp);
    }
}
