package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ustau.cases.SampleRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, "done when": a payroll bureau on one PostgreSQL. Two employers with the same writ ids and the same month;
 * each one's page served by a server process of its own, connected as the application's role that owns nothing
 * (row-level security holds it); each month run by its preparer and locked by its approver through their own page at
 * the same time, while a scheduled command reads the months over and over. No row crosses, the approver locks, the
 * audit trail lists each step with its user, and the reader never sees half a month.
 */
@EnabledIf(
        value = "kz.ustau.TestEnvironment#hasPostgres",
        disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
class PostgresBureauTest {
    static final String URL = System.getenv("USTAU_TEST_PG_URL");
    static final String APP = "ustau_app";
    static final String FIRST = "sample-payroll/employer.properties";
    static final String FIRST_BIN = "100440024686";
    static final String SECOND = "src/test/resources/employers/second.properties";
    static final String SECOND_BIN = "091040012349";
    static final Pattern SERVING = Pattern.compile("Ustau: http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path temp;

    static Connection owner() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
    }

    /** A page server of one employer in a JVM of its own, as the application's role: its process and its port. */
    record Server(Process process, int port) {}

    Server serve(String employer, String months) throws Exception {
        ProcessBuilder b = SampleRuns.secondJvm(
                List.of(),
                "serve",
                "--db",
                URL,
                "--employer",
                employer,
                "--port",
                "0",
                "--out",
                temp.resolve(months).toString(),
                "--now",
                "2026-11-02T09:00",
                "--lang",
                "ru");
        b.environment().put("USTAU_DB_USER", APP);
        b.environment().put("USTAU_DB_PASSWORD", APP);
        Process p = b.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            said.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return new Server(p, port);
            }
        }
        throw new AssertionError("the page did not start: " + said);
    }

    static PageBrowser signedIn(Server server, String login) throws Exception {
        PageBrowser b = new PageBrowser(server::port).token("/login");
        HttpResponse<String> in = b.form("/login", Map.of("login", login, "password", AccountsTest.PASSWORD));
        assertThat(in.statusCode()).as(login).isEqualTo(303);
        return b.token("/months?lang=ru");
    }

    /** The employer's month through its own page: run by its preparer, locked by its approver. */
    static String closedByItsAccountants(Server server, String preparer, String approver) throws Exception {
        PageBrowser p = signedIn(server, preparer);
        p.runMonth(Path.of("sample-payroll/payroll.csv"), "");
        PageBrowser a = signedIn(server, approver);
        HttpResponse<String> locked = a.act("/months/2026-10/export", Map.of());
        assertThat(locked.statusCode()).as(MonthDeskTest.text(locked.body())).isEqualTo(200);
        return MonthDeskTest.text(locked.body());
    }

    @Test
    void twoEmployersAreClosedSideBySideEachByItsOwnAccountantsThroughTheirOwnServer() throws Exception {
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        // the owner makes the schema, the employers' writs (the same ids) and the accounts, each for its employer
        for (String employer : List.of(FIRST, SECOND)) {
            assertThat(AccountsTest.ustau(
                                    "",
                                    "writs",
                                    "import",
                                    "sample-payroll/writs.csv",
                                    "--db",
                                    URL,
                                    "--employer",
                                    employer)
                            .exit())
                    .isZero();
        }
        assertThat(AccountsTest.ustau(
                                "", "writs", "suspend", "W01", "--db", URL, "--employer", SECOND, "--reason", "№ 12")
                        .exit())
                .isZero();
        for (String[] u : List.of(
                new String[] {"aigerim", "preparer", FIRST},
                new String[] {"bolat", "approver", FIRST},
                new String[] {"dana", "preparer", SECOND},
                new String[] {"erlan", "approver", SECOND})) {
            AccountsTest.Said added = AccountsTest.ustau(
                    AccountsTest.PASSWORD + "\n",
                    "users",
                    "add",
                    u[0],
                    "--role",
                    u[1],
                    "--db",
                    URL,
                    "--employer",
                    u[2]);
            assertThat(added.exit()).as(added.err()).isZero();
        }
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + APP);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + APP);
        }

        Server first = serve(FIRST, "first");
        Server second = serve(SECOND, "second");
        AtomicBoolean closing = new AtomicBoolean(true);
        List<String> read = new ArrayList<>();
        try {
            // a scheduled command reads the months while both are being closed, each read in a JVM of its own
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try {
                    while (closing.get()) {
                        ProcessBuilder b =
                                SampleRuns.secondJvm(List.of(), "month", "status", "--db", URL, "--employer", FIRST);
                        b.environment().put("USTAU_DB_USER", APP);
                        b.environment().put("USTAU_DB_PASSWORD", APP);
                        Process p = b.start();
                        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        p.waitFor(2, TimeUnit.MINUTES);
                        synchronized (read) {
                            read.add(said);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> {
                try {
                    return closedByItsAccountants(first, "aigerim", "bolat");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> {
                try {
                    return closedByItsAccountants(second, "dana", "erlan");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(a.get(5, TimeUnit.MINUTES)).contains("Статус: Закрыт");
            assertThat(b.get(5, TimeUnit.MINUTES)).contains("Статус: Закрыт");
            closing.set(false);
            reader.get(5, TimeUnit.MINUTES);
        } finally {
            closing.set(false);
            first.process().destroy();
            second.process().destroy();
            first.process().waitFor(1, TimeUnit.MINUTES);
            second.process().waitFor(1, TimeUnit.MINUTES);
        }

        try (Connection c = owner()) {
            // each employer's orders numbered from its own 1; W01 paid for the first only
            assertThat(rows(
                            c,
                            "SELECT employer_bin, MIN(payment_no) FROM ledger_payment GROUP BY employer_bin"
                                    + " ORDER BY employer_bin"))
                    .containsExactly(SECOND_BIN + " 1", FIRST_BIN + " 1");
            assertThat(rows(c, "SELECT DISTINCT employer_bin FROM ledger_payment WHERE writ_id = 'W01'"))
                    .containsExactly(FIRST_BIN);
            assertThat(rows(
                            c,
                            "SELECT employer_bin, status FROM ledger_month WHERE period = '2026-10'"
                                    + " ORDER BY employer_bin"))
                    .containsExactly(SECOND_BIN + " LOCKED", FIRST_BIN + " LOCKED");
            // the audit trail: each step with its user, each employer's users on its own steps only
            assertThat(rows(
                            c,
                            "SELECT employer_bin, action, login FROM audit_event"
                                    + " WHERE action IN ('LOGIN', 'RUN', 'EXPORT') ORDER BY employer_bin, id"))
                    .containsExactly(
                            SECOND_BIN + " LOGIN dana",
                            SECOND_BIN + " RUN dana",
                            SECOND_BIN + " LOGIN erlan",
                            SECOND_BIN + " EXPORT erlan",
                            FIRST_BIN + " LOGIN aigerim",
                            FIRST_BIN + " RUN aigerim",
                            FIRST_BIN + " LOGIN bolat",
                            FIRST_BIN + " EXPORT bolat");
        }
        // the reader saw the month not yet there, open with all its lines and no order, or locked whole
        String[] whole = AccountsTest.ustau("", "month", "status", "--db", URL, "--employer", FIRST)
                .out()
                .lines()
                .filter(l -> l.startsWith("2026-10,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(whole[1]).isEqualTo("LOCKED");
        assertThat(read).isNotEmpty();
        for (String said : read) {
            for (String line :
                    said.lines().filter(l -> l.startsWith("2026-10,")).toList()) {
                String[] f = line.split(",", -1);
                if (f[1].equals("OPEN")) {
                    assertThat(f[3]).as(line).isEqualTo(whole[3]);
                    assertThat(f[5]).as(line).isEqualTo("0");
                } else {
                    assertThat(f).as(line).containsExactly(whole);
                }
            }
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)).strip());
                }
                out.add(String.join(" ", cells));
            }
        }
        return out;
    }
}
