package kz.ustau.adapter.ledger;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a ledger the release before kept in H2 (src/test/resources/legacy/h2-release-0.1, its README says how it
 * was made) is moved into SQLite the first time its folder is opened: every writ, version, event, month, line, order
 * and payroll file, the writs given their typed columns; the H2 file is kept untouched beside it; the registry and
 * the ledger say what the release said, and the year goes on from where it was.
 */
class H2ImportTest {
    static final Path LEGACY = Path.of("src/test/resources/legacy/h2-release-0.1");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-03T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    Path db;

    @BeforeEach
    void copy() throws IOException {
        db = Files.createDirectories(temp.resolve("db"));
        Files.copy(LEGACY.resolve("db/ustau.mv.db"), db.resolve("ustau.mv.db"));
    }

    String ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        assertThat(exit).as("%s%s", out, err).isZero();
        return out.toString();
    }

    @Test
    void theLedgerMovesIntoSqliteWholeAndTheYearGoesOn() throws IOException {
        assertThat(ustau("writs", "history", "W05", "--db", db.toString()))
                .isEqualTo(Files.readString(LEGACY.resolve("history-W05.txt")));
        assertThat(db.resolve("ustau.sqlite")).exists();
        assertThat(db.resolve("ustau.mv.db")).doesNotExist();
        assertThat(db.resolve("ustau.mv.db.before-sqlite"))
                .as("the H2 file kept as it was")
                .hasSameBinaryContentAs(LEGACY.resolve("db/ustau.mv.db"));
        assertThat(ustau("writs", "list", "--db", db.toString()))
                .isEqualTo(Files.readString(LEGACY.resolve("list.txt")));
        assertThat(ustau("writs", "show", "W02", "--db", db.toString(), "--lang", "en"))
                .isEqualTo(Files.readString(LEGACY.resolve("show-W02.txt")));
        assertThat(ustau("month", "status", "--db", db.toString()))
                .contains(
                        "2026-10,LOCKED,,16,1296826.83,15,1296826.83,", "2026-11,LOCKED,,14,1004043.08,13,1004043.08,");

        // October exported again from its stored payroll: the orders it was issued with, number for number
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
        // ... but no longer back-dated (issue 14, RULES §7): H2 recorded them written on 2026-12-02 (the clock of the
        // day the ledger was made, not its --now), and an order is never paid before the day it is written
        List<String> release = Files.readAllLines(LEGACY.resolve("payments-2026-10.csv"));
        List<String> again = Files.readAllLines(temp.resolve("october/payments.csv"));
        assertThat(again).hasSameSizeAs(release);
        assertThat(again.get(0)).isEqualTo(release.get(0));
        for (int i = 1; i < release.size(); i++) {
            String[] was = release.get(i).split(",", 13);
            String[] is = again.get(i).split(",", 13);
            assertThat(is[11]).as("value date of order %s", is[0]).isEqualTo("2026-12-02");
            was[11] = is[11];
            // issue 22 (decision #46): the debtor's name after a label, as this release writes the purpose
            was[12] = was[12].replace("заработной платы ", "заработной платы должника: ")
                    .replace(", с ", ", должник: ");
            assertThat(String.join(",", is)).isEqualTo(String.join(",", was));
        }

        // December follows: its writs are the typed rows made from the lines H2 kept, its debts November's
        ustau(
                "month",
                "close",
                "--db",
                db.toString(),
                "--period",
                "2026-12",
                "--payroll",
                LEGACY.resolve("december.csv").toString(),
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

    @Test
    void anH2UrlIsRefusedWithTheWayToMoveIt() {
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new String[] {"writs", "list", "--db", "jdbc:h2:file:" + db.resolve("ustau")},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                CLOCK);
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("H2 is no longer used for the ledger", "--db DIR");
    }
}
