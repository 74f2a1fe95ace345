package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twelve consecutive months, October 2026 to September 2027, closed one after another on the ledger (issue 5): a pay
 * rise, a hire, a dismissal, the MRP changing on 1 January, a writ that ends with arrears and is paid off, and a cap
 * that binds for seven months and then frees. Every writ's totals are checked against figures computed by hand
 * (in the comments). Bases are the salaries (no taxes) so that the arithmetic stays readable.
 */
class TwelveMonthsTest {
    @TempDir
    Path temp;

    private final StringWriter log = new StringWriter();

    int ustau(String... args) {
        return Main.execute(
                args,
                new PrintWriter(log),
                new PrintWriter(log),
                Clock.fixed(Instant.parse("2027-10-01T04:00:00Z"), Main.ALMATY));
    }

    @Test
    void twelveMonthsOfBalances() throws IOException {
        String db = temp.resolve("db").toString();
        Year year = new Year(temp);
        Path writs = year.writs();
        Path tables = year.tables();
        assertThat(ustau("writs", "import", writs.toString(), "--db", db)).isZero();

        YearMonth m = YearMonth.of(2026, 10);
        for (int month = 1; month <= 12; month++, m = m.plusMonths(1)) {
            int exit = ustau(
                    "month",
                    "close",
                    "--db",
                    db,
                    "--period",
                    m.toString(),
                    "--payroll",
                    year.payroll(month).toString(),
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve("out-" + m).toString(),
                    "--tables",
                    tables.toString(),
                    "--now",
                    m.plusMonths(1).atDay(3) + "T09:00");
            assertThat(exit).as("month %s: %s", m, log).isZero();
            if (month == 6) {
                assertThat(temp.resolve("out-" + m + "/notices/notice-D1-ru.pdf"))
                        .exists();
                assertThat(ustau("writs", "end", "D1", "--reason", "RETURNED_TO_BAILIFF", "--db", db))
                        .isZero();
            }
        }

        // A1: 1/4 of 400 000 for 4 months, of 500 000 for 8: 4 × 100 000 + 8 × 125 000
        assertThat(total("A1", db)).isEqualTo("total,,,,,1400000.00,0.00,1400000.00");
        // B1: 7 months capped at 85 714.29 (100 000 asked, 14 285.71 short each: 99 999.97 owed); month 8 the cap frees
        // (base 1 200 000): 400 000 current + 99 999.97 arrears; months 9-12: 400 000. 600 000.03 + 499 999.97 + 1 600
        // 000
        assertThat(total("B1", db)).isEqualTo("total,,,,,2700000.00,0.00,2700000.00");
        assertThat(history("B1", db)).contains("2027-04,T02,300000.00,100000.00,85714.26,85714.29,99999.97,85714.29");
        // B2: 7 months at 64 285.71 (10 714.29 short each: 75 000.03 owed at its end in April 2027); paid off in May
        assertThat(total("B2", db)).isEqualTo("total,,,,,525000.00,0.00,525000.00");
        assertThat(Files.readString(temp.resolve("out-2027-05/notices.csv"))).contains("B2", "DEBT_PAID");
        // C1: 10 MRP: 3 months at 4 325, 9 months at 4 500 (1 January 2027): 129 750 + 405 000
        assertThat(total("C1", db)).isEqualTo("total,,,,,534750.00,0.00,534750.00");
        // D1: hired in December, dismissed in March: 4 months at 60 000
        assertThat(total("D1", db)).isEqualTo("total,,,,,240000.00,0.00,240000.00");
    }

    private String history(String writ, String db) {
        StringWriter out = new StringWriter();
        Main.execute(
                new String[] {"writs", "history", writ, "--db", db},
                new PrintWriter(out),
                new PrintWriter(log),
                Clock.systemUTC());
        return out.toString();
    }

    private String total(String writ, String db) {
        return history(writ, db)
                .lines()
                .filter(l -> l.startsWith("total"))
                .findFirst()
                .orElse("");
    }
}
