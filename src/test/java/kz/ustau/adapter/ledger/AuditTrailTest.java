package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.ledger.Actor;
import kz.ustau.app.ledger.AuditEvent;
import kz.ustau.app.ledger.EmployerScope;
import kz.ustau.cli.Main;
import kz.ustau.domain.id.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, docs/bureau.md §4: the audit trail. Every change — import, suspend, resume, run, close (lock and export),
 * reopen — is a step with who, when and from where, written in the change's own transaction; it is shown per writ and
 * per month, exported as CSV, never holds an IIN whole, is each employer's own, and the database refuses to change or
 * delete a step.
 */
class AuditTrailTest {
    static final String FIRST = EmployersTest.FIRST;
    static final String SECOND = EmployersTest.SECOND;
    static final EmployerScope FIRST_SCOPE =
            EmployerScope.of(IdNumber.parse("100440024686").orElseThrow());

    @TempDir
    Path temp;

    record Said(int exit, String out, String err) {}

    Said ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), EmployersTest.CLOCK);
        return new Said(exit, out.toString(), err.toString());
    }

    String ok(String... args) {
        Said s = ustau(args);
        assertThat(s.exit()).as("%s%s", s.out(), s.err()).isZero();
        return s.out() + s.err();
    }

    @Test
    void everyChangeIsAStepOfItsEmployersTrailOnSqlite() throws Exception {
        String db = temp.resolve("db").toString();
        trail(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("db/ustau.sqlite"))) {
            appendOnly(c, false);
        }
    }

    @Test
    @EnabledIf(
            value = "kz.ustau.TestEnvironment#hasPostgres",
            disabledReason = "no PostgreSQL: USTAU_TEST_PG_URL is not set (.ci/postgres.sh starts one)")
    void everyChangeIsAStepOfItsEmployersTrailOnPostgresql() throws Exception {
        String url = EmployersTest.emptyPostgres();
        trail(url);
        try (Connection c =
                DriverManager.getConnection(url, System.getenv("USTAU_DB_USER"), System.getenv("USTAU_DB_PASSWORD"))) {
            appendOnly(c, true);
        }
    }

    private void trail(String db) throws Exception {
        for (String employer : List.of(FIRST, SECOND)) {
            ok("writs", "import", "sample-payroll/writs.csv", "--db", db, "--employer", employer);
        }
        // a reason holding an IIN, and one a spreadsheet would run as a formula
        ok("writs", "suspend", "W03", "--db", db, "--employer", FIRST, "--reason", "№ 4, должник 900101300123");
        ok("writs", "suspend", "W07", "--db", db, "--employer", FIRST, "--reason", "=HYPERLINK(\"x\")");
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
                FIRST,
                "--out",
                temp.resolve("first").toString(),
                "--now",
                "2026-11-02T09:00");
        ok(
                "month",
                "reopen",
                "--db",
                db,
                "--period",
                "2026-10",
                "--employer",
                FIRST,
                "--reason",
                "ведомость исправлена");
        // the page's user, from the browser's address (the page gives each request its own)
        try (LedgerDatabase ledger = LedgerDatabase.open(db, ReferenceTablesCsv.builtIn(), FIRST_SCOPE)) {
            ledger.as(new Actor("aigerim", "page@10.0.0.7")).write(tx -> tx.writs()
                    .status("W03", kz.ustau.domain.writ.WritStatus.ACTIVE, "№ 5", LocalDateTime.now()));
        }
        String me = LedgerDatabase.processActor().login() + " ("
                + LedgerDatabase.processActor().origin() + ")";

        // per writ: every step of W03, with who and from where, the IIN masked
        String w03 = ok("audit", "list", "--db", db, "--employer", FIRST, "--writ", "W03", "--lang", "ru");
        assertThat(w03.lines())
                .hasSize(3)
                .satisfiesExactly(
                        l -> assertThat(l).contains("W03 Загружен: sample-payroll/writs.csv:4 — " + me),
                        l -> assertThat(l).contains("W03 Приостановлен: № 4, должник 900101****23 — " + me),
                        l -> assertThat(l).contains("W03 Возобновлён: № 5 — aigerim (page@10.0.0.7)"));
        assertThat(ok("writs", "show", "W03", "--db", db, "--employer", FIRST, "--lang", "ru"))
                .contains("— aigerim (page@10.0.0.7)")
                .contains("Приостановлен: № 4, должник 900101300123 — " + me);

        // per month: the close (computed, locked, orders written) and the reopening, by whom
        Path csv = temp.resolve("trail/october.csv");
        Files.createDirectories(csv.getParent());
        assertThat(ok(
                        "audit",
                        "export",
                        "--db",
                        db,
                        "--employer",
                        FIRST,
                        "--month",
                        "2026-10",
                        "--out",
                        csv.toString(),
                        "--lang",
                        "ru"))
                .contains("записей журнала действий — 2");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("at,login,origin,action,subject,detail");
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.split(",")[3] + " " + r.split(",")[4])
                .containsExactly("CLOSE 2026-10", "REOPEN 2026-10");
        assertThat(rows.get(1)).startsWith("2026-11-02T09:00:00,");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // the whole trail of the day: no IIN whole, the formula disarmed, the second employer's steps not in it
        Path all = temp.resolve("trail/all.csv");
        ok(
                "audit",
                "export",
                "--db",
                db,
                "--employer",
                FIRST,
                "--from",
                "2000-01-01",
                "--to",
                "2100-12-31",
                "--out",
                all.toString());
        String text = Files.readString(all);
        assertThat(text).doesNotContainPattern("\\d{12}").contains(",\"'=HYPERLINK(\"\"x\"\")");
        assertThat(text.lines().filter(l -> l.contains(",IMPORTED,"))).hasSize(17);
        String second = ok("audit", "list", "--db", db, "--employer", SECOND, "--lang", "en");
        assertThat(second.lines()).hasSize(17).allMatch(l -> l.contains(" IMPORTED: "));
        assertThat(ok("audit", "list", "--db", db, "--employer", FIRST, "--to", "2000-01-01", "--lang", "ru"))
                .isEqualToIgnoringNewLines("в журнале действий записей нет");
    }

    /** A step of the trail is never changed or deleted, by any statement; the claim of '' rows alone may move one. */
    private static void appendOnly(Connection c, boolean postgres) throws SQLException {
        try (Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET login = 'someone'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET employer_bin = '091040012349'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event")).hasMessageContaining("append-only");
            if (postgres) {
                assertThatThrownBy(() -> s.execute("TRUNCATE audit_event")).hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void theStepsOfALedgerNotYetNamedGoWithItsRowsWhenAnEmployerClaimsThem() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("release"));
        Files.copy(SqliteReleaseTest.RELEASE.resolve("db/ustau.sqlite"), dir.resolve(LedgerDatabase.SQLITE_FILE));
        String db = dir.toString();
        // a change before any employer is named: its step is the unnamed employer's, as its rows are
        ok("writs", "suspend", "W03", "--db", db, "--reason", "№ 4");
        // the first write naming the employer files the rows and their steps under its BIN, the trigger letting it
        assertThat(ok("writs", "resume", "W03", "--db", db, "--employer", FIRST, "--reason", "№ 5", "--lang", "ru"))
                .contains("теперь записаны за БИН 100440****86");
        try (LedgerDatabase ledger = LedgerDatabase.open(db, ReferenceTablesCsv.builtIn(), FIRST_SCOPE)) {
            List<AuditEvent> steps =
                    ledger.read(tx -> tx.audit(Optional.of("W03"), Optional.empty(), Optional.empty()));
            assertThat(steps).extracting(AuditEvent::action).containsExactly("SUSPENDED", "ACTIVE");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LedgerDatabase.SQLITE_FILE))) {
            appendOnly(c, false);
        }
    }
}
