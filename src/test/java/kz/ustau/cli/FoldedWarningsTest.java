package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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
        List<String> late = Files.readAllLines(temp.resolve("out/warnings.csv")).stream()
                .filter(l -> l.startsWith("payment.late,"))
                .toList();
        assertThat(late).hasSize(40);
        List<String> ru = Files.readAllLines(temp.resolve("out/warnings.txt")).stream()
                .filter(l -> l.startsWith("[ru] "))
                .toList();
        List<String> console = err.toString().lines().toList();
        int folded = console.indexOf("[ru] и ещё 35 таких предупреждений (всего 40): все они в warnings.txt");
        assertThat(folded).as(err.toString()).isGreaterThanOrEqualTo(RunCommand.SHOWN_PER_CODE);
        // the first five of them, then the line that counts the rest, in words only: no code on the console
        assertThat(console.subList(folded - RunCommand.SHOWN_PER_CODE, folded))
                .allMatch(l -> l.startsWith("[ru] ") && ru.contains(l) && !l.contains("payment.late"));
        assertThat(console).noneMatch(l -> l.contains("payment.late"));
        assertThat(kz.ustau.cases.Warned.said(temp.resolve("out"), "payment.late"))
                .as("all forty in warnings.txt")
                .hasSize(40);
    }
}
