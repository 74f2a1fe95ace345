package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound, proved where CI can see it (issue 21): a 200,000-line month of 25,000 employees, a writ for every
 * sixth (4,167 debtors, an explain.txt of 21 MB), run by the command line in a JVM of its own with {@code -Xmx64m}.
 * Before explain.txt was streamed to its file it was built whole in memory, and this month ran out of heap.
 */
class SmallHeapTest {
    @TempDir
    Path temp;

    /**
     * Memory grows with the debtors' own lines, not with what was parsed of them: a month where every other employee
     * is a debtor (12,500 debtors, 100,000 of their lines) runs in {@code -Xmx64m}. Before the debtors' lines were
     * kept compactly and each debtor's month was worked out again when an output reads it (decision #38), the parsed
     * lines and the worked-out months of every debtor were all held, and this month ran out of heap.
     */
    @Test
    void aMonthWhereEveryOtherEmployeeIsADebtorRunsInSixtyFourMegabytes() throws Exception {
        int employees = 25_000;
        int writEvery = 2;
        Path payroll = temp.resolve("payroll.csv");
        Path writs = temp.resolve("writs.csv");
        kz.ustau.cases.GeneratedMonth.write(payroll, writs, employees, writEvery);
        Path out = temp.resolve("out");
        String printed = runIn64m(payroll, writs, out);
        assertThat(Files.lines(out.resolve("payments.csv")).count()).isEqualTo(1 + employees / writEvery);
        assertThat(Files.lines(out.resolve("deductions.csv")).count()).isEqualTo(1 + employees / writEvery);
        assertThat(printed).contains("12500");
    }

    private String runIn64m(Path payroll, Path writs, Path out) throws Exception {
        ProcessBuilder command = kz.ustau.cases.SampleRuns.secondJvm(
                List.of("-Xmx64m"),
                "run",
                "--payroll",
                payroll.toString(),
                "--writs",
                writs.toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                "2026-11-02T09:00",
                "--lang",
                "kk,ru");
        Path log = temp.resolve("log.txt");
        Process run = command.redirectOutput(log.toFile()).start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log);
        assertThat(run.exitValue())
                .as(printed.length() > 4000 ? printed.substring(0, 4000) : printed)
                .isZero();
        assertThat(printed).doesNotContain("OutOfMemoryError");
        return printed;
    }

    @Test
    void aMonthOfFourThousandDebtorsRunsInSixtyFourMegabytes() throws Exception {
        int employees = 25_000;
        int writEvery = 6;
        Path payroll = temp.resolve("payroll.csv");
        Path writs = temp.resolve("writs.csv");
        kz.ustau.cases.GeneratedMonth.write(payroll, writs, employees, writEvery);

        Path out = temp.resolve("out");
        runIn64m(payroll, writs, out);
        assertThat(Files.lines(out.resolve("payments.csv")).count())
                .isEqualTo(1 + (employees + writEvery - 1) / writEvery);
        assertThat(Files.size(out.resolve("explain.txt"))).isGreaterThan(15_000_000L);
    }
}
