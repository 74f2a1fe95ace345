package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.ustau.cases.SampleRuns;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, docs/bureau.md §2, on a real PostgreSQL server: the role a bureau's Ustau processes connect as (one that
 * owns nothing, {@code ustau_app}, made by .ci/postgres.sh) sees and writes only the rows of the employer its
 * transaction names — a query written without the employer's condition returns nothing of another employer, and
 * without an employer named, nothing at all — and a whole month runs through it in a JVM of its own.
 */
@EnabledIf(
        value = "kz.ustau.TestEnvironment#hasPostgres",
        disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
class PostgresRowSecurityTest {
    static final String URL = System.getenv("USTAU_TEST_PG_URL");
    static final String APP = "ustau_app";
    static final String FIRST = "sample-payroll/employer.properties";
    static final String FIRST_BIN = "100440024686";
    static final String SECOND = "src/test/resources/employers/second.properties";
    static final String SECOND_BIN = "091040012349";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    static Connection owner() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
    }

    static Connection app() throws SQLException {
        return DriverManager.getConnection(URL, APP, APP);
    }

    @Test
    void theApplicationsRoleSeesOnlyTheEmployerItNamesWhateverTheQuery() throws Exception {
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        for (String employer : List.of(FIRST, SECOND)) {
            StringWriter err = new StringWriter();
            int exit = Main.execute(
                    new String[] {"writs", "import", "sample-payroll/writs.csv", "--db", URL, "--employer", employer},
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(err),
                    CLOCK);
            assertThat(exit).as(err.toString()).isZero();
        }
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            // what a bureau's administrator grants the application's role once (docs/registry.md)
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + APP);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + APP);
        }

        try (Connection c = app()) {
            // no employer named: nothing of anyone's, even with no condition at all
            assertThat(count(c, "SELECT COUNT(*) FROM writ")).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM writ_version")).isZero();

            c.setAutoCommit(false);
            name(c, FIRST_BIN);
            // a query that forgot the employer: the first employer's rows only
            assertThat(count(c, "SELECT COUNT(*) FROM writ")).isEqualTo(17);
            assertThat(strings(c, "SELECT DISTINCT employer_bin FROM writ_version"))
                    .containsExactly(FIRST_BIN);
            assertThat(count(c, "SELECT COUNT(*) FROM writ_event WHERE employer_bin = '" + SECOND_BIN + "'"))
                    .isZero();
            c.commit();

            name(c, FIRST_BIN);
            assertThatThrownBy(() -> {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("INSERT INTO writ_event (employer_bin, writ_id, at, event) VALUES ('"
                                    + SECOND_BIN + "', 'W01', now(), 'IMPORTED')");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            c.rollback();

            name(c, FIRST_BIN);
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE writ SET status = 'ENDED'")).isEqualTo(17);
            }
            c.rollback();
            // the audit trail (docs/bureau.md §4): each employer's own, and never changed or deleted, though the
            // administrator's grant gives the role UPDATE and DELETE on every table
            name(c, FIRST_BIN);
            assertThat(count(c, "SELECT COUNT(*) FROM audit_event")).isEqualTo(17);
            for (String change : List.of("UPDATE audit_event SET login = 'someone'", "DELETE FROM audit_event")) {
                assertThatThrownBy(() -> {
                            try (Statement s = c.createStatement()) {
                                s.executeUpdate(change);
                            }
                        })
                        .as(change)
                        .hasMessageContaining("append-only");
                c.rollback();
                name(c, FIRST_BIN);
            }
            c.rollback();
        }

        // a whole month of the second employer closed by Ustau in a JVM of its own, as the application's role
        Process close = app(
                "month",
                "close",
                "--db",
                URL,
                "--period",
                "2026-10",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--employer",
                SECOND,
                "--out",
                temp.resolve("second").toString(),
                "--now",
                "2026-11-02T09:00");
        assertThat(close.exitValue())
                .as(new String(close.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        try (Connection c = owner()) {
            assertThat(strings(c, "SELECT DISTINCT employer_bin FROM ledger_payment"))
                    .containsExactly(SECOND_BIN);
        }
        Process unnamed = app("writs", "list", "--db", URL, "--lang", "ru");
        String said = new String(unnamed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unnamed.exitValue()).as(said).isEqualTo(2);
        assertThat(said).contains("091040****49").contains("100440****86");
    }

    private Process app(String... args) throws Exception {
        ProcessBuilder b = SampleRuns.secondJvm(List.of(), args);
        b.environment().put("USTAU_DB_USER", APP);
        b.environment().put("USTAU_DB_PASSWORD", APP);
        Process p = b.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return p;
    }

    private static void name(Connection c, String bin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('ustau.employer', ?, true)")) {
            s.setString(1, bin);
            s.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
