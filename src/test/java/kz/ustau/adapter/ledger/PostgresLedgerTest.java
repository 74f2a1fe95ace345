package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The ledger tests again on a real PostgreSQL server (issue 5). Run where {@code USTAU_TEST_PG_URL} is set, as
 * {@code .ci/run} sets it (with {@code USTAU_DB_USER} and {@code USTAU_DB_PASSWORD}) after installing and starting the
 * server, and reported skipped with the reason elsewhere; every test starts from an empty schema.
 */
@org.junit.jupiter.api.condition.EnabledIf(
        value = "kz.ustau.TestEnvironment#hasPostgres",
        disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
class PostgresLedgerTest extends MonthLedgerTest {
    static final String URL = System.getenv("USTAU_TEST_PG_URL");

    @Override
    String db() {
        return URL;
    }

    @BeforeEach
    @Override
    void registry() {
        assertThat(URL).as("USTAU_TEST_PG_URL, set by .ci/run").isNotBlank();
        try (Connection c = DriverManager.getConnection(
                        URL, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + URL + ": " + e.getMessage(), e);
        }
        super.registry();
    }
}
