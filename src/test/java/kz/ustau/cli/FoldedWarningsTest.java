package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: forty orders written late are forty lines of warnings.txt, and six on the console. */
class FoldedWarningsTest {
    @TempDir
    Path temp;

    @Test
    void manyWarningsOfOneKindAreFoldedOnTheConsoleAndAllInWarningsTxt() throws Exception {
        Path payroll = temp.resolve("payroll.csv");
        Path writs = temp.resolve("writs.csv");
        kz.ustau.cases.GeneratedMonth.write(payroll, writs, 40, 1);
        String now = "2026-11-20T10:00"; // eleven days after the transfer deadline: every order is late
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {
                    "run",
                    "--payroll",
                    payroll.toString(),
                    "--writs",
                    writs.toString(),
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve("out").toString(),
                    "--now",
                    now,
                    "--lang",
                    "ru"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.fixed(LocalDateTime.parse(now).atZone(Main.ALMATY).toInstant(), Main.ALMATY));
        assertThat(exit).isZero();
        assertThat(err.toString()).as("no progress line without a terminal").doesNotContain("\r");
        assertThat(err.toString().lines().filter(l -> l.endsWith("[payment.late]")))
                .hasSize(RunCommand.SHOWN_PER_CODE + 1)
                .last()
                .asString()
                .contains("и ещё 35 таких предупреждений (всего 40): все они в warnings.txt");
        assertThat(Files.readAllLines(temp.resolve("out/warnings.txt")).stream()
                        .filter(l -> l.contains("payment.late")))
                .hasSize(40);
    }
}
