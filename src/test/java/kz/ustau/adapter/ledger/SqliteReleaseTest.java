package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger this release kept in SQLite (src/test/resources/legacy/sqlite-release-0.2, its README says how it was
 * made) reads as that release read it and its year goes on — the ground issue 18's migration to employers stands on.
 */
class SqliteReleaseTest {
    static final Path RELEASE = Path.of("src/test/resources/legacy/sqlite-release-0.2");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-03T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    Path db;

    @BeforeEach
    void copy() throws IOException {
        db = Files.createDirectories(temp.resolve("db"));
        Files.copy(RELEASE.resolve("db/ustau.sqlite"), db.resolve("ustau.sqlite"));
    }

    String ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        assertThat(exit).as("%s%s", out, err).isZero();
        return out.toString();
    }

    @Test
    void theReleasesLedgerReadsAsItDidAndTheYearGoesOn() throws IOException {
        assertThat(ustau("writs", "history", "W05", "--db", db.toString()))
                .isEqualTo(Files.readString(RELEASE.resolve("history-W05.txt")));
        assertThat(ustau("writs", "list", "--db", db.toString()))
                .isEqualTo(Files.readString(RELEASE.resolve("list.txt")));
        assertThat(ustau("writs", "show", "W02", "--db", db.toString(), "--lang", "ru"))
                .isEqualTo(Files.readString(RELEASE.resolve("show-W02-ru.txt")));
        assertThat(ustau("month", "status", "--db", db.toString()))
                .isEqualTo(Files.readString(RELEASE.resolve("status.txt")));

        // October exported again from its stored payroll: the orders it was issued with, byte for byte
        ustau(
                "month",
                "export",
                "--db",
                db.toString(),
                "--period",
                "2026-10",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("october").toString());
        assertThat(temp.resolve("october/payments.csv"))
                .hasSameTextualContentAs(RELEASE.resolve("payments-2026-10.csv"));

        // December follows November: its orders numbered on from November's last, its debts November's
        ustau(
                "month",
                "close",
                "--db",
                db.toString(),
                "--period",
                "2026-12",
                "--payroll",
                RELEASE.resolve("december.csv").toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("december").toString(),
                "--now",
                "2027-01-03T09:00");
        assertThat(Files.readAllLines(temp.resolve("december/payments.csv")).get(1))
                .startsWith("29,");
        assertThat(ustau("writs", "history", "W05", "--db", db.toString()))
                .contains("2026-12,T018,488175.00,162725.00,46492.86,139478.57,69739.29,139478.57");
    }
}
