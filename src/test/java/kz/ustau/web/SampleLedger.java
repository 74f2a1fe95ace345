package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import kz.ustau.cli.Main;

/** The page's tests start from the sample writs in a registry and October 2026 closed on its ledger. */
final class SampleLedger {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), Main.ALMATY);

    private SampleLedger() {}

    static int ustau(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), CLOCK);
    }

    /** Imports the sample writs into {@code db} and closes October with its files into {@code out}. */
    static void octoberClosed(String db, Path out) {
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db))
                .isZero();
        assertThat(ustau(
                        "month",
                        "close",
                        "--db",
                        db,
                        "--period",
                        "2026-10",
                        "--payroll",
                        "sample-payroll/payroll.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        out.toString(),
                        "--now",
                        "2026-11-02T09:00"))
                .isZero();
    }
}
