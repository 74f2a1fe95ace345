package kz.ustau.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.app.ledger.Publication;
import kz.ustau.cli.Main;
import kz.ustau.domain.ledger.IssuedOrder;
import kz.ustau.domain.ledger.MonthStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: a {@code month close} in a second JVM is killed ({@code kill -9}) at some moment of its run. After the next
 * command the ledger and the month's folder agree — either the month is locked and the folder holds exactly the files
 * the ledger kept for it, or the month is not there and the folder was not touched —, no staging folder is left, and
 * the next month's first order number follows the last one ever issued.
 */
class CrashTest {
    @TempDir
    Path temp;

    private final StringWriter sink = new StringWriter();

    /** The sample month moved to November, with 300 times as many employees without writs: long enough to be hit. */
    Path bigNovember() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            if (!l.startsWith("T024,")) {
                sb.append(november(l)).append('\n');
            }
        }
        for (int copy = 0; copy < 300; copy++) {
            for (String l : lines.subList(1, lines.size())) {
                if (l.startsWith("T001,") || l.startsWith("T002,")) {
                    sb.append("X")
                            .append(copy)
                            .append(november(l), 1, l.length())
                            .append('\n');
                }
            }
        }
        return Files.writeString(temp.resolve("big-november.csv"), sb.toString());
    }

    private static String november(String line) {
        return line.replace(",2026-10,", ",2026-11,").replace(",2026-11-05,", ",2026-12-04,");
    }

    int ustau(String... args) {
        return Main.execute(
                args,
                new PrintWriter(sink),
                new PrintWriter(sink),
                Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), Main.ALMATY));
    }

    String[] close(String db, String period, Path payroll, Path out, String now) {
        return new String[] {
            "month",
            "close",
            "--db",
            db,
            "--period",
            period,
            "--payroll",
            payroll.toString(),
            "--employer",
            "sample-payroll/employer.properties",
            "--out",
            out.toString(),
            "--now",
            now
        };
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {150, 400, 700, 1000, 1300, 1600, 1900, 2200, 2600, 3100, 3800})
    void afterAKillTheLedgerAndTheFolderAgree(int killAfterMs) throws Exception {
        String db = temp.resolve("db").toString();
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db))
                .isZero();
        assertThat(ustau(close(
                        db,
                        "2026-10",
                        Path.of("sample-payroll/payroll.csv"),
                        temp.resolve("months/2026-10"),
                        "2026-11-02T09:00")))
                .as("%s", sink)
                .isZero();
        Path killed = temp.resolve("months/2026-11");
        String[] close = close(db, "2026-11", bigNovember(), killed, "2026-12-02T09:00");
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
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            p.waitFor(30, TimeUnit.SECONDS);
        }

        // the next command finishes what the kill left: here the ledger's status
        assertThat(ustau("month", "status", "--db", db)).as("%s", sink).isZero();
        YearMonth november = YearMonth.of(2026, 11);
        try (LedgerDatabase ledger = LedgerDatabase.open(db, ReferenceTablesCsv.builtIn())) {
            Optional<MonthStatus> status = ledger.read(tx -> tx.months().stream()
                    .filter(m -> m.period().equals(november))
                    .map(m -> m.status())
                    .findFirst());
            if (status.isPresent()) {
                assertThat(status.get()).isEqualTo(MonthStatus.LOCKED);
                List<kz.ustau.app.ledger.WritLine> lines = ledger.read(tx -> tx.lines(november));
                assertThat(lines).hasSize(15);
                List<IssuedOrder> orders = ledger.read(tx -> tx.orders(november));
                assertThat(orders).extracting(IssuedOrder::number).startsWith(16L);
                Publication kept =
                        ledger.read(tx -> tx.lastPublication(november)).orElseThrow();
                assertThat(kept.publishedAt())
                        .as("published by the next command at the latest")
                        .isPresent();
                Map<String, String> inLedger = new TreeMap<>();
                for (String name : kept.files()) {
                    Path copy = Files.createTempFile(temp, "kept-", ".bin");
                    try (var out = Files.newOutputStream(copy)) {
                        ledger.read(tx -> {
                            tx.copy(kept.id(), name, out);
                            return null;
                        });
                    }
                    inLedger.put(name, sha256(copy));
                }
                assertThat(digests(killed))
                        .as("the folder holds what the ledger kept")
                        .isEqualTo(inLedger);
            } else {
                List<kz.ustau.app.ledger.WritLine> lines = ledger.read(tx -> tx.lines(november));
                List<IssuedOrder> orders = ledger.read(tx -> tx.orders(november));
                assertThat(lines).isEmpty();
                assertThat(orders).isEmpty();
                assertThat(killed)
                        .as("a month not stored leaves its folder untouched")
                        .doesNotExist();
            }
        }

        // the month closed (again: the same files, nothing new), then December follows the last number ever issued
        assertThat(ustau(close(db, "2026-11", bigNovember(), temp.resolve("months/again"), "2026-12-02T09:00")))
                .as("%s", sink)
                .isZero();
        assertThat(Files.readAllLines(temp.resolve("months/again/payments.csv")))
                .hasSize(15)
                .element(1)
                .asString()
                .startsWith("16,");
        assertThat(noStaging(temp.resolve("months")))
                .as("no staging folder is left")
                .isTrue();
        Path december = Files.writeString(
                temp.resolve("december.csv"),
                Files.readString(bigNovember())
                        .replace(",2026-11,", ",2026-12,")
                        .replace(",2026-12-04,", ",2027-01-05,"));
        assertThat(ustau(close(db, "2026-12", december, temp.resolve("months/2026-12"), "2027-01-03T09:00")))
                .as("%s", sink)
                .isZero();
        assertThat(Files.readAllLines(temp.resolve("months/2026-12/payments.csv"))
                        .get(1))
                .startsWith("30,");
    }

    private static boolean noStaging(Path months) throws IOException {
        try (Stream<Path> all = Files.list(months)) {
            return all.noneMatch(p -> p.getFileName().toString().startsWith(".ustau-staging-"));
        }
    }

    private static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        return out;
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
