package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.ledger.AuditEvent;
import kz.ustau.app.port.Ledger;
import kz.ustau.cli.Main;
import kz.ustau.domain.ledger.MonthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, docs/bureau.md §3: the page's accounts and roles, and four eyes. With accounts in the database the page
 * signs everyone in by login and password, on loopback too; a viewer reads only, a preparer runs but does not lock, an
 * approver locks — and with the employer's {@code approval.four-eyes}, not a month they ran themselves. Every step is
 * in the audit trail under its account.
 */
class AccountsTest {
    static final String PASSWORD = "көктем-2026-сәуір";

    @TempDir
    Path temp;

    String db;
    Path employer;
    Ledger registry;
    WebApp web;

    record Said(int exit, String out, String err) {}

    /** A command, its standard input {@code stdin} (the new account's password). */
    static Said ustau(String stdin, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), SampleLedger.CLOCK);
            return new Said(exit, out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    @BeforeEach
    void serve() throws Exception {
        db = temp.resolve("db").toString();
        employer = temp.resolve("employer.properties");
        Files.writeString(
                employer,
                Files.readString(Path.of("sample-payroll/employer.properties")) + "\napproval.four-eyes = true\n");
        assertThat(ustau("", "writs", "import", "sample-payroll/writs.csv", "--db", db)
                        .exit())
                .isZero();
        for (String[] user : List.of(
                new String[] {"aigerim", "preparer"}, new String[] {"bolat", "APPROVER"}, new String[] {"dana", "viewer"
                })) {
            Said added = ustau(
                    PASSWORD + "\n",
                    "users",
                    "add",
                    user[0],
                    "--role",
                    user[1],
                    "--db",
                    db,
                    "--employer",
                    employer.toString(),
                    "--lang",
                    "ru");
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains(user[0] + ": учётная запись создана", "100440****86");
        }
        registry = Main.ports().ledgers().open(db);
        web = WebApp.start(
                registry,
                Main.ports(),
                "127.0.0.1",
                0,
                SampleLedger.CLOCK,
                Optional.of(employer),
                temp.resolve("months"));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        registry.close();
    }

    PageBrowser signedIn(String login, String password) throws Exception {
        PageBrowser b = new PageBrowser(() -> web.port()).token("/login");
        HttpResponse<String> in = b.form("/login", Map.of("login", login, "password", password));
        assertThat(in.statusCode()).as(login).isEqualTo(303);
        return b.token("/months?lang=ru");
    }

    @Test
    void eachAccountDoesWhatItsRoleAllowsAndTheMonthIsLockedByAnotherThanItsRunner() throws Exception {
        // on loopback too, no page without signing in; a wrong password is refused and recorded
        PageBrowser nobody = new PageBrowser(() -> web.port());
        HttpResponse<String> writs = nobody.get("/writs");
        assertThat(writs.statusCode()).isEqualTo(303);
        assertThat(writs.headers().firstValue("Location")).hasValue("/login");
        assertThat(nobody.get("/login?lang=ru").body()).contains("name=\"login\"");
        nobody.token("/login");
        assertThat(nobody.form("/login", Map.of("login", "bolat", "password", "not-his-password"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(nobody.form("/login", Map.of("login", "nobody", "password", PASSWORD))
                        .statusCode())
                .isEqualTo(401);

        // a viewer reads, and changes nothing
        PageBrowser dana = signedIn("dana", PASSWORD);
        assertThat(dana.get("/writs/W01?lang=ru").body()).contains("W01");
        HttpResponse<String> suspend = dana.form("/writs/W01/status", Map.of("action", "suspend", "reason", "№ 1"));
        assertThat(suspend.statusCode()).isEqualTo(403);
        assertThat(MonthDeskTest.text(suspend.body())).contains("наблюдатель только смотрит");
        assertThat(registry.read(tx -> tx.writs().card("W01"))
                        .orElseThrow()
                        .entry()
                        .status()
                        .name())
                .isEqualTo("ACTIVE");

        // a preparer runs the month, and does not lock it
        PageBrowser aigerim = signedIn("aigerim", PASSWORD);
        aigerim.runMonth(Path.of("sample-payroll/payroll.csv"), "");
        assertThat(status()).isEqualTo(MonthStatus.OPEN);
        assertThat(aigerim.act("/months/2026-10/export", Map.of()).statusCode()).isEqualTo(403);
        assertThat(status()).isEqualTo(MonthStatus.OPEN);

        // the approver ran it again himself: four eyes refuse him the lock, saying who ran it
        PageBrowser bolat = signedIn("bolat", PASSWORD);
        bolat.runMonth(Path.of("sample-payroll/payroll.csv"), "");
        HttpResponse<String> own = bolat.act("/months/2026-10/export", Map.of());
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(MonthDeskTest.text(own.body())).contains("месяц 2026-10 рассчитал bolat");
        assertThat(status()).isEqualTo(MonthStatus.OPEN);

        // run by the preparer, locked by the approver
        aigerim.runMonth(Path.of("sample-payroll/payroll.csv"), "");
        HttpResponse<String> locked = bolat.act("/months/2026-10/export", Map.of());
        assertThat(locked.statusCode()).as(MonthDeskTest.text(locked.body())).isEqualTo(200);
        assertThat(status()).isEqualTo(MonthStatus.LOCKED);

        // every step under its account, from the browser's address; the month's page lists them
        List<AuditEvent> trail = registry.read(tx -> tx.audit(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(trail.stream()
                        .filter(a -> !List.of("IMPORTED", "USER_ADDED", "ROLE", "LETTER", "PUBLISHED")
                                .contains(a.action()))
                        .map(a -> a.action() + " " + a.subject() + " "
                                + a.actor().login() + " " + a.actor().origin()))
                .containsExactly(
                        "LOGIN_FAILED  bolat page@127.0.0.1",
                        "LOGIN_FAILED  nobody page@127.0.0.1",
                        "LOGIN  dana page@127.0.0.1",
                        "LOGIN  aigerim page@127.0.0.1",
                        "RUN 2026-10 aigerim page@127.0.0.1",
                        "LOGIN  bolat page@127.0.0.1",
                        "RUN_AGAIN 2026-10 bolat page@127.0.0.1",
                        "RUN_AGAIN 2026-10 aigerim page@127.0.0.1",
                        "EXPORT 2026-10 bolat page@127.0.0.1");
        assertThat(MonthDeskTest.text(bolat.get("/months/2026-10?lang=ru").body()))
                .contains("Журнал действий", "aigerim (page@127.0.0.1)", "bolat (page@127.0.0.1)");

        // an account disabled by the administrator is refused at its next step, and signs in no more
        assertThat(ustau("", "users", "disable", "dana", "--db", db).exit()).isZero();
        assertThat(dana.get("/writs").statusCode()).isEqualTo(403);
        PageBrowser again = new PageBrowser(() -> web.port()).token("/login");
        assertThat(again.form("/login", Map.of("login", "dana", "password", PASSWORD))
                        .statusCode())
                .isEqualTo(401);
        assertThat(ustau("", "users", "list", "--db", db).out())
                .startsWith("login,role,created_at,disabled_at")
                .contains(
                        "aigerim,preparer,", "bolat,approver,", "dana,viewer,2026-12-02T09:00:00,2026-12-02T09:00:00");
    }

    @Test
    void onTheCommandLineFourEyesRefuseAMonthRunAndLockedByOneUser() throws Exception {
        web.close();
        registry.close();
        Path out = temp.resolve("out");
        List<String> month = List.of(
                "--db",
                db,
                "--period",
                "2026-10",
                "--employer",
                employer.toString(),
                "--out",
                out.toString(),
                "--lang",
                "ru");
        Said close = ustau("", concat(List.of("month", "close", "--payroll", "sample-payroll/payroll.csv"), month));
        assertThat(close.exit()).isEqualTo(2);
        assertThat(close.err()).contains("(approval.four-eyes)", "не может рассчитать и закрыть месяц одним шагом");
        assertThat(ustau("", concat(List.of("month", "run", "--payroll", "sample-payroll/payroll.csv"), month))
                        .exit())
                .isZero();
        Said export = ustau("", concat(List.of("month", "export"), month));
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err())
                .contains("месяц 2026-10 рассчитал " + System.getProperty("user.name"), "ничего не изменено");
        assertThat(ustau("", "month", "status", "--db", db).out()).contains("2026-10,OPEN");

        // a password too short, a role that is none: refused, nothing made
        Said shortOne = ustau(
                "short\n",
                "users",
                "add",
                "erlan",
                "--role",
                "viewer",
                "--db",
                db,
                "--employer",
                employer.toString(),
                "--lang",
                "ru");
        assertThat(shortOne.exit()).isEqualTo(2);
        assertThat(shortOne.err()).contains("не короче 10 символов");
        assertThat(ustau(PASSWORD + "\n", "users", "add", "erlan", "--role", "chief", "--db", db)
                        .exit())
                .isEqualTo(2);
        assertThat(ustau("", "users", "list", "--db", db).out()).doesNotContain("erlan");
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }

    private MonthStatus status() throws Exception {
        return registry.read(tx -> tx.month(YearMonth.of(2026, 10)))
                .orElseThrow()
                .month()
                .status();
    }
}
