package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        octoberClosedAgain(db, out);
    }

    /** Closes October on a registry that has the sample writs. */
    static void octoberClosedAgain(String db, Path out) {
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

    /** Closes November (the sample moved a month on, without the dismissed T024) into {@code out}; the exit code. */
    static int novemberClosed(String db, Path out, Path temp) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"));
        sb.append(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            if (!l.startsWith("T024,")) {
                sb.append(l.replace(",2026-10,", ",2026-11,").replace(",2026-11-05,", ",2026-12-04,"))
                        .append('\n');
            }
        }
        Path november = Files.writeString(temp.resolve("november.csv"), sb.toString());
        return ustau(
                "month",
                "close",
                "--db",
                db,
                "--period",
                "2026-11",
                "--payroll",
                november.toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                "2026-12-02T09:00");
    }

    /** The lines of a {@code deductions.csv}, each by column name (the sample has no quoted cells). */
    static List<Map<String, String>> deductions(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
