package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 (RULES §11.1) on the real embedded ledger through the command line: a writ without an account is withheld
 * and its money held in a closed month; once a new version of the writ brings the account, the next export pays the
 * held month too, in an order for that month, and never again after that.
 */
class Issue17Test {
    static final String EMPLOYER = "sample-payroll/employer.properties";
    static final String HEADER =
            "employee_id,iin,full_name,period,pay_date,code,amount,dismissal_date,new_employer," + "new_address";
    static final String WRITS = "writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,"
            + "claimant_bic,bailiff_name,case_number,writ_number,writ_date";

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    static Result ustau(String now, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(Main.ALMATY).toInstant(), Main.ALMATY);
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), clock);
        return new Result(exit, out.toString(), err.toString());
    }

    static Path payroll(Path dir, String period, String payDate) throws IOException {
        Path file = dir.resolve("payroll-" + period + ".csv");
        String who = "T401,960617410007,Ахметова Сабина Ержанқызы," + period + "," + payDate + ",";
        Files.writeString(
                file,
                String.join(
                                "\n",
                                HEADER,
                                who + "SALARY,220000.00,,,",
                                who + "OPV,22000.00,,,",
                                who + "VOSMS,4400.00,,,",
                                who + "IPN,13600.00,,,")
                        + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    static Path writs(Path dir, String name, String iban, String bic) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(
                file,
                WRITS + "\nH1,960617410007,CHILD_SUPPORT,1/4,2026-01,Ахметов Дәулет Маратұлы,870211310004," + iban + ","
                        + bic + ",Жеке сот орындаушысы Тұрсынов А.Б.,02-H1-2025,2-H1/25,2025-01-15\n",
                StandardCharsets.UTF_8);
        return file;
    }

    static Result close(String db, Path dir, String period, Path payroll, String now) {
        return ustau(
                now,
                "month",
                "close",
                "--db",
                db,
                "--period",
                period,
                "--employer",
                EMPLOYER,
                "--payroll",
                payroll.toString(),
                "--out",
                dir.resolve("out-" + period).toString(),
                "--now",
                now);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The held month and its payment once the account arrives, on the ledger at {@code db}. */
    static void heldMoneyIsPaidOnceTheWritHasAnAccount(String db, Path dir) throws IOException {
        Result imported = ustau(
                "2026-03-01T09:00",
                "writs",
                "import",
                writs(dir, "v1.csv", "", "").toString(),
                "--db",
                db);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("H1 құжатында алушының шоты жоқ");

        Result march = close(db, dir, "2026-03", payroll(dir, "2026-03", "2026-03-06"), "2026-03-06T10:00");
        assertThat(march.exit()).as(march.err()).isZero();
        Path out = dir.resolve("out-2026-03");
        assertThat(lines(out.resolve("deductions.csv")).get(1))
                .endsWith(",45000.00,0.00,0.00,2026-03-06,2026-03-10,0.00,45000.00");
        assertThat(lines(out.resolve("payments.csv"))).hasSize(1); // the header alone: nothing transferred
        assertThat(kz.ustau.cases.Warned.codes(out)).contains("writ.held");

        Result amended = ustau(
                "2026-04-01T09:00",
                "writs",
                "import",
                writs(dir, "v2.csv", "KZ52601A100000000103", "HSBKKZKX").toString(),
                "--db",
                db);
        assertThat(amended.exit()).as(amended.err()).isZero();

        Result april = close(db, dir, "2026-04", payroll(dir, "2026-04", "2026-04-06"), "2026-04-06T10:00");
        assertThat(april.exit()).as(april.err()).isZero();
        List<String> paid = lines(dir.resolve("out-2026-04/payments.csv"));
        assertThat(paid).hasSize(3);
        assertThat(paid.get(1)).startsWith("1,H1,T401,").contains(",45000.00,").contains("Алименты за 04.2026");
        assertThat(paid.get(2)).startsWith("2,H1,T401,").contains(",45000.00,").contains("Алименты за 03.2026");
        assertThat(kz.ustau.cases.Warned.codes(dir.resolve("out-2026-04"))).contains("writ.held-paid");
        assertThat(Files.readString(
                        dir.resolve("out-2026-04/payments-mt100.txt"),
                        java.nio.charset.Charset.forName("windows-1251")))
                .contains("/NUM/2");

        Result may = close(db, dir, "2026-05", payroll(dir, "2026-05", "2026-05-06"), "2026-05-06T10:00");
        assertThat(may.exit()).as(may.err()).isZero();
        List<String> mayPaid = lines(dir.resolve("out-2026-05/payments.csv"));
        assertThat(mayPaid).as("the held month is paid once").hasSize(2);
        assertThat(mayPaid.get(1)).startsWith("3,H1,").contains("Алименты за 05.2026");
    }

    @Test
    void heldMoneyIsPaidOnceTheWritHasAnAccount() throws IOException {
        heldMoneyIsPaidOnceTheWritHasAnAccount(temp.resolve("db").toString(), temp);
    }

    @Test
    void anAgreementOrASentenceIsAnsweredAndReportedToNoBailiff() throws IOException {
        String db = temp.resolve("db").toString();
        Path dir = Path.of("src/test/resources/cases/s11-agreement-beside-writ");
        Result imported = ustau(
                "2026-03-01T09:00", "writs", "import", dir.resolve("writs.csv").toString(), "--db", db, "--lang", "ru");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err())
                .as("only the court's writ is answered to a bailiff")
                .contains("новых документов: 1;");
        Result march = close(db, temp, "2026-03", dir.resolve("payroll.csv"), "2026-03-06T10:00");
        assertThat(march.exit()).as(march.err()).isZero();
        Path out = temp.resolve("report");
        Result report = ustau(
                "2026-04-01T09:00",
                "report",
                "bailiffs",
                "--from",
                "2026-03",
                "--to",
                "2026-03",
                "--db",
                db,
                "--employer",
                EMPLOYER,
                "--out",
                out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        try (var files = Files.list(out)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(4).allMatch(n -> n.startsWith("report-Жеке_сот_орындаушысы_Тұрсынов"));
        }
    }
}
