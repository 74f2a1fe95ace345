package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.ustau.cli.Main;
import kz.ustau.domain.id.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel stores an IIN typed into a General cell as a number and drops its leading zero — everyone born in 2000–2009,
 * among them many young debtors. A number cell of fewer than 12 digits is read with its zeros put back when the check
 * digit then holds, with one warning for the file; a text cell is read as written (decision #23).
 */
class IinAsNumberTest {
    @TempDir
    Path temp;

    /** A valid IIN of someone born on 1 January 2005: {@code 050101 5 …}. */
    static String bornIn2005() {
        for (int n = 0; ; n++) {
            String eleven = "0501015" + String.format("%04d", n);
            int check = IdNumber.checkDigit(eleven);
            if (check < 10) {
                return eleven + check;
            }
        }
    }

    record Result(int exit, String out, String err) {}

    Result run(Object iinCell, String iin) throws IOException {
        StringBuilder rows = new StringBuilder(HostileExportsTest.HEADER_ROW);
        rows.append(XlsxParts.row(2, "T1", iinCell, "Жұмабек Арман", "2026-03", "2026-03-06", "SALARY", 400000));
        rows.append(XlsxParts.row(3, "T1", iinCell, "Жұмабек Арман", "2026-03", "2026-03-06", "IPN", 30000));
        Path payroll = temp.resolve("payroll.xlsx");
        Files.write(payroll, new XlsxParts().sheet(rows.toString()).bytes());
        Path writs = Files.writeString(
                temp.resolve("writs.csv"),
                Files.readString(Path.of("src/test/resources/cases/e1-one-child-quarter/writs.csv"))
                        .replace("E1,880514312008,", "E1," + iin + ","));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {
                    "run",
                    "--payroll",
                    payroll.toString(),
                    "--writs",
                    writs.toString(),
                    "--employer",
                    "src/test/resources/cases/employer.properties",
                    "--out",
                    temp.resolve("out").toString(),
                    "--lang",
                    "en"
                },
                new PrintWriter(out),
                new PrintWriter(err),
                Clock.fixed(Instant.parse("2026-03-06T05:00:00Z"), Main.ALMATY));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void aNumberThatLostItsLeadingZeroIsReadWithItAndSaidSo() throws IOException {
        String iin = bornIn2005();
        Result r = run(Long.parseLong(iin), iin);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("payroll.xlsx[Лист1]: 2 rows had the IIN as a number that had lost its leading zeros"
                        + " (first on row 2)")
                .doesNotContain("[payroll.iin-leading-zeros]");
        assertThat(kz.ustau.cases.Warned.codes(temp.resolve("out"))).contains("payroll.iin-leading-zeros");
        List<String> deductions = Files.readAllLines(temp.resolve("out/deductions.csv"));
        assertThat(deductions).hasSize(2);
        // matched to the writ, and booked back with its 12 digits
        assertThat(deductions.get(1)).contains("," + iin + ",E1,");
    }

    @Test
    void aNumberThatDoesNotMakeAValidIinIsStillRefused() throws IOException {
        String iin = bornIn2005();
        long wrong = Long.parseLong(iin) + 1; // the check digit no longer holds
        Result r = run(wrong, iin);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(":2:iin:", "[iin.shape]").doesNotContain(Long.toString(wrong));
    }

    @Test
    void textIsReadAsWritten() throws IOException {
        String iin = bornIn2005();
        Result r = run(iin.substring(1), iin);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(":2:iin:", "[iin.shape]");
    }
}
