package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.Ports;
import kz.ustau.app.ledger.EmployerScope;
import kz.ustau.app.ledger.LedgerBusyException;
import kz.ustau.cli.Main;
import kz.ustau.domain.id.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, docs/bureau.md §1: two employers in one database, with the same writ ids, the same month and the same
 * order numbers, each reading and writing its own rows only; every statement the ledger sends names
 * {@code employer_bin}; a ledger this release kept without a BIN is claimed by the first employer named.
 */
class EmployersTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY);
    static final String FIRST = "sample-payroll/employer.properties";
    static final String SECOND = "src/test/resources/employers/second.properties";
    /** A table of an employer's rows, as a word of a statement. */
    static final Pattern SCOPED = Pattern.compile("\\b(" + String.join("|", LedgerDatabase.SCOPED_TABLES) + ")\\b");

    @TempDir
    Path temp;

    final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    Ports recording() {
        return Main.ports()
                .withLedgers((location, scope) -> LedgerDatabase.open(
                        location, ReferenceTablesCsv.builtIn(), scope, c -> recorded(c, statements)));
    }

    record Said(int exit, String out, String err) {}

    Said ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK, recording());
        return new Said(exit, out.toString(), err.toString());
    }

    String ok(String... args) {
        Said s = ustau(args);
        assertThat(s.exit()).as("%s%s", s.out(), s.err()).isZero();
        return s.out();
    }

    @Test
    void twoEmployersInOneSqliteDatabaseKeepTheirOwnWritsMonthsAndOrderNumbers() throws Exception {
        twoEmployers(temp.resolve("db").toString());
    }

    @Test
    @EnabledIf(
            value = "kz.ustau.TestEnvironment#hasPostgres",
            disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
    void twoEmployersOnOnePostgresqlServerKeepTheirOwnWritsMonthsAndOrderNumbers() throws Exception {
        String url = emptyPostgres();
        twoEmployers(url);
    }

    @Test
    @EnabledIf(
            value = "kz.ustau.TestEnvironment#hasPostgres",
            disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
    void onOneServerTwoEmployersAreWrittenSideBySideAndOneEmployerByOneWriterAtATime() throws Exception {
        String url = emptyPostgres();
        EmployerScope first = EmployerScope.of(IdNumber.parse("100440024686").orElseThrow());
        EmployerScope second = EmployerScope.of(IdNumber.parse("091040012349").orElseThrow());
        try (LedgerDatabase a = LedgerDatabase.open(url, ReferenceTablesCsv.builtIn(), first);
                LedgerDatabase b = LedgerDatabase.open(url, ReferenceTablesCsv.builtIn(), second);
                LedgerDatabase a2 = LedgerDatabase.open(url, ReferenceTablesCsv.builtIn(), first)) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread longClose = new Thread(() -> {
                try {
                    a.write(tx -> {
                        writing.countDown();
                        try {
                            done.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return tx.months();
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            longClose.start();
            assertThat(writing.await(1, TimeUnit.MINUTES)).isTrue();
            // the other employer's accountant is not held up by the first one's close
            List<kz.ustau.domain.ledger.LedgerMonth> others = b.write(tx -> tx.months());
            assertThat(others).isEmpty();
            // the first employer's second writer is refused at once
            assertThatThrownBy(() -> a2.write(tx -> tx.months())).isInstanceOf(LedgerBusyException.class);
            done.countDown();
            longClose.join();
            List<kz.ustau.domain.ledger.LedgerMonth> after = a2.write(tx -> tx.months());
            assertThat(after).isEmpty();
        }
    }

    private void twoEmployers(String db) throws IOException {
        for (String employer : List.of(FIRST, SECOND)) {
            ok("writs", "import", "sample-payroll/writs.csv", "--db", db, "--employer", employer);
        }
        ok("writs", "suspend", "W01", "--db", db, "--employer", SECOND, "--reason", "№ 12 қаулы");
        for (String employer : List.of(FIRST, SECOND)) {
            ok(
                    "month",
                    "close",
                    "--db",
                    db,
                    "--period",
                    "2026-10",
                    "--payroll",
                    "sample-payroll/payroll.csv",
                    "--employer",
                    employer,
                    "--out",
                    temp.resolve(employer.contains("second") ? "second" : "first")
                            .toString(),
                    "--now",
                    "2026-11-02T09:00");
        }

        // the same writ ids, each employer's own: W01 suspended for the second only, never seen by the first
        String first = ok("writs", "list", "--db", db, "--employer", FIRST);
        String second = ok("writs", "list", "--db", db, "--employer", SECOND);
        assertThat(first.lines()).hasSize(18).anyMatch(l -> l.startsWith("W01,") && l.contains(",ACTIVE,"));
        assertThat(second.lines()).hasSize(18).anyMatch(l -> l.startsWith("W01,") && l.contains(",SUSPENDED,"));

        // each employer's orders numbered from 1, the same month locked for both, W01 paid by the first only
        List<String> firstOrders = Files.readAllLines(temp.resolve("first/payments.csv"));
        List<String> secondOrders = Files.readAllLines(temp.resolve("second/payments.csv"));
        assertThat(firstOrders.get(1)).startsWith("1,");
        assertThat(secondOrders.get(1)).startsWith("1,");
        assertThat(firstOrders).anyMatch(l -> l.contains(",W01,"));
        assertThat(secondOrders).noneMatch(l -> l.contains(",W01,")).hasSize(firstOrders.size() - 1);
        for (String employer : List.of(FIRST, SECOND)) {
            assertThat(ok("month", "status", "--db", db, "--employer", employer))
                    .contains("2026-10,LOCKED");
        }
        assertThat(ok("writs", "history", "W01", "--db", db, "--employer", SECOND))
                .doesNotContain("2026-10,");

        // without an employer named, a database of two refuses, naming both (masked), and changes nothing
        Said unnamed = ustau("writs", "list", "--db", db, "--lang", "ru");
        assertThat(unnamed.exit()).isEqualTo(2);
        assertThat(unnamed.err())
                .contains("месяцы нескольких работодателей")
                .contains("091040****49")
                .contains("100440****86")
                .doesNotContain("091040012349")
                .doesNotContain("100440024686");
        assertThat(unnamed.out()).isEmpty();

        // every statement of an employer's rows named whose rows it meant
        assertThat(statements).isNotEmpty();
        assertThat(statements.stream()
                        .filter(sql -> SCOPED.matcher(sql).find())
                        .filter(sql -> !sql.contains("employer_bin"))
                        .toList())
                .as("statements of an employer's rows without employer_bin")
                .isEmpty();
        assertThat(statements).anyMatch(sql -> sql.startsWith("INSERT INTO ledger_payment"));
    }

    @Test
    void aLedgerThisReleaseKeptIsClaimedByTheFirstEmployerNamedOnceAndWholly() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("release"));
        Files.copy(SqliteReleaseTest.RELEASE.resolve("db/ustau.sqlite"), dir.resolve(LedgerDatabase.SQLITE_FILE));
        String db = dir.toString();
        // migrated, its rows not yet anyone's: read as the release read them
        assertThat(ok("writs", "list", "--db", db))
                .isEqualTo(Files.readString(SqliteReleaseTest.RELEASE.resolve("list.txt")));
        assertThat(unnamedRows(dir)).isPositive();

        // a read that names the employer reads the same rows and claims nothing
        assertThat(ok("writs", "list", "--db", db, "--employer", FIRST))
                .isEqualTo(Files.readString(SqliteReleaseTest.RELEASE.resolve("list.txt")));
        assertThat(unnamedRows(dir)).isPositive();

        // the first write that names it files every row under it, in its own transaction, and says so once
        Said claimed =
                ustau("writs", "suspend", "W03", "--db", db, "--employer", FIRST, "--reason", "№ 4", "--lang", "ru");
        assertThat(claimed.exit()).as(claimed.err()).isZero();
        assertThat(claimed.err()).contains("теперь записаны за БИН 100440****86");
        assertThat(unnamedRows(dir)).isZero();
        Said again =
                ustau("writs", "resume", "W03", "--db", db, "--employer", FIRST, "--reason", "№ 5", "--lang", "ru");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).doesNotContain("теперь записаны");

        // the claimed ledger reads as before, with or without the employer named, and its year goes on
        assertThat(ok("month", "status", "--db", db))
                .isEqualTo(Files.readString(SqliteReleaseTest.RELEASE.resolve("status.txt")));
        ok(
                "month",
                "close",
                "--db",
                db,
                "--period",
                "2026-12",
                "--payroll",
                SqliteReleaseTest.RELEASE.resolve("december.csv").toString(),
                "--employer",
                FIRST,
                "--out",
                temp.resolve("december").toString(),
                "--now",
                "2027-01-03T09:00");
        assertThat(Files.readAllLines(temp.resolve("december/payments.csv")).get(1))
                .startsWith("29,");

        // a second employer of the same database sees none of it
        assertThat(ok("writs", "list", "--db", db, "--employer", SECOND).lines())
                .hasSize(1);
        assertThat(ok("month", "status", "--db", db, "--employer", SECOND).lines())
                .hasSize(1);
    }

    /** The test server's database, emptied: its URL. */
    static String emptyPostgres() throws SQLException {
        String url = System.getenv("USTAU_TEST_PG_URL");
        try (Connection c = DriverManager.getConnection(
                        url, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }

    /** Rows of any employer's table that no employer holds yet, read past the ledger. */
    private static long unnamedRows(Path dir) throws SQLException {
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LedgerDatabase.SQLITE_FILE));
                Statement s = c.createStatement()) {
            for (String table : LedgerDatabase.SCOPED_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE employer_bin = ''")) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    /** The connection, every statement it is given recorded first. */
    static Connection recorded(Connection c, List<String> into) {
        return (Connection) Proxy.newProxyInstance(
                EmployersTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        into.add(sql.strip());
                    }
                    try {
                        Object result = method.invoke(c, args);
                        if (result instanceof Statement s && method.getName().equals("createStatement")) {
                            return statement(s, into);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Statement statement(Statement s, List<String> into) {
        return (Statement) Proxy.newProxyInstance(
                EmployersTest.class.getClassLoader(), new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                        into.add(sql.strip());
                    }
                    try {
                        return method.invoke(s, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
