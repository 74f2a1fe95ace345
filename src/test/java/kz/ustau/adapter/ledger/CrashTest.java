package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fault test (issue 5): a {@code month close} in a second JVM is killed at some moment of its run; afterwards the
 * ledger holds the month either whole or not at all, and closing it again gives the same orders as an undisturbed run.
 */
class CrashTest {
    @TempDir
    Path temp;

    /** The sample month with 300 times as many employees without writs, so that a run lasts long enough to be hit. */
    Path bigPayroll() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        for (int copy = 0; copy < 300; copy++) {
            for (String l : lines.subList(1, lines.size())) {
                if (l.startsWith("T001,") || l.startsWith("T002,")) {
                    sb.append("X").append(copy).append(l, 1, l.length()).append('\n');
                }
            }
        }
        return Files.writeString(temp.resolve("big.csv"), sb.toString());
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {300, 900, 1600, 2600})
    void aKilledCloseLeavesTheMonthWholeOrAbsent(int killAfterMs) throws Exception {
        String db = temp.resolve("db").toString();
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY);
        StringWriter sink = new StringWriter();
        Main.execute(
                new String[] {"writs", "import", "sample-payroll/writs.csv", "--db", db},
                new PrintWriter(sink),
                new PrintWriter(sink),
                clock);
        Path payroll = bigPayroll();
        String[] close = {
            "month",
            "close",
            "--db",
            db,
            "--period",
            "2026-10",
            "--payroll",
            payroll.toString(),
            "--employer",
            "sample-payroll/employer.properties",
            "--out",
            temp.resolve("killed").toString(),
            "--now",
            "2026-11-02T09:00"
        };
        String[] command = new String[close.length + 4];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = Main.class.getName();
        System.arraycopy(close, 0, command, 4, close.length);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("log").toFile())
                .start();
        if (!p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }

        try (WritRegistryDb registry = WritRegistryDb.open(db)) {
            MonthLedgerDb ledger = registry.ledger();
            var month = ledger.month(YearMonth.of(2026, 10));
            int lines = ledger.history("W05").size();
            if (month.isPresent()) {
                assertThat(lines).as("a stored month is whole").isEqualTo(1);
                assertThat(ledger.paid(YearMonth.of(2026, 10))).hasSize(15);
            } else {
                assertThat(lines).as("an unstored month left nothing").isZero();
                assertThat(ledger.paid(YearMonth.of(2026, 10))).isEmpty();
            }
        }
        close[close.length - 3] = temp.resolve("again").toString();
        assertThat(Main.execute(close, new PrintWriter(sink), new PrintWriter(sink), clock))
                .isZero();
        List<String> payments = Files.readAllLines(temp.resolve("again/payments.csv"));
        assertThat(payments).hasSize(16);
        assertThat(payments.get(1)).startsWith("1,W01,");
    }
}
