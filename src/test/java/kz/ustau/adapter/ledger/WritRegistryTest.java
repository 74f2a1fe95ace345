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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.ustau.adapter.table.ReferenceTablesCsv;
import kz.ustau.cli.Main;
import kz.ustau.domain.writ.WritStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writ registry on the real embedded database (SQLite), through the command line (issue 5, issue 13). */
class WritRegistryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    Result ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    String db() {
        return temp.resolve("db").toString();
    }

    @Test
    void reImportingChangesNothingAndAChangedWritKeepsItsHistory() throws IOException {
        // Kazakh by default, as every command; --lang for another
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db())
                        .out())
                .contains("17 қосылды");
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db(), "--lang", "ru")
                        .out())
                .contains("добавлено 0, изменено 0, без изменений 17");
        Path changed = temp.resolve("writs.csv");
        Files.writeString(
                changed,
                Files.readString(Path.of("sample-payroll/writs.csv"))
                        .replaceFirst("(?m)^W01,(\\d+),CHILD_SUPPORT,1/4,", "W01,$1,CHILD_SUPPORT,1/3,"));
        assertThat(ustau("writs", "import", changed.toString(), "--db", db(), "--lang", "en")
                        .out())
                .contains("0 added, 1 changed (W01), 16 unchanged");
        Result show = ustau("writs", "show", "W01", "--db", db());
        assertThat(show.out())
                .contains("борышкер 780717****51", "2-нұсқа", "1-нұсқа, ", " Жүктелді: ", " Жаңа нұсқа")
                .doesNotContain("780717381451", "IMPORTED", "UPDATED", "CHILD_SUPPORT");
        assertThat(ustau("writs", "list", "--db", db()).out().lines()).hasSize(18);
    }

    @Test
    void aRunFromTheRegistryEqualsARunFromTheFileAndLeavesOutEndedWrits() throws IOException {
        ustau("writs", "import", "sample-payroll/writs.csv", "--db", db());
        List<String> common = List.of(
                "--payroll",
                "sample-payroll/payroll.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--now",
                "2026-11-02T09:00");
        Result fromFile = ustau(args(
                "run",
                "--writs",
                "sample-payroll/writs.csv",
                "--out",
                temp.resolve("a").toString(),
                common));
        Result fromDb =
                ustau(args("run", "--db", db(), "--out", temp.resolve("b").toString(), common));
        assertThat(fromFile.exit()).isZero();
        assertThat(fromDb.exit()).as(fromDb.err()).isZero();
        assertThat(Files.readString(temp.resolve("b/deductions.csv")))
                .isEqualTo(Files.readString(temp.resolve("a/deductions.csv")));

        assertThat(ustau("writs", "end", "W09", "--reason", "RETURNED_TO_BAILIFF", "--note", "№ 9", "--db", db())
                        .exit())
                .isZero();
        Result suspended = ustau("writs", "suspend", "W01", "--reason", "resolution № 5", "--db", db(), "--lang", "ru");
        assertThat(suspended.exit()).isZero();
        // issue 22: the status in words, never its code
        assertThat(suspended.out()).isEqualTo("W01: исполнение приостановлено (resolution № 5)\n");
        ustau(args("run", "--db", db(), "--out", temp.resolve("c").toString(), common));
        assertThat(Files.readString(temp.resolve("c/deductions.csv"))).doesNotContain(",W09,", ",W01,");
        assertThat(ustau("writs", "resume", "W01", "--db", db()).exit()).isZero();
        ustau(args("run", "--db", db(), "--out", temp.resolve("d").toString(), common));
        assertThat(Files.readString(temp.resolve("d/deductions.csv")))
                .contains(",W01,")
                .doesNotContain(",W09,");
        assertThat(ustau("writs", "list", "--db", db()).out()).contains("W09", "ENDED", "RETURNED_TO_BAILIFF: № 9");
    }

    /** Issue 22: an ended writ's reason said in words of the language, as the letters say it, its note as given. */
    @Test
    void anEndedWritsReasonIsSaidInWords() {
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db())
                        .exit())
                .isZero();
        Result ru = ustau(
                "writs",
                "end",
                "W01",
                "--reason",
                "WITHDRAWN_BY_CLAIMANT",
                "--note",
                "№ 7",
                "--db",
                db(),
                "--lang",
                "ru");
        assertThat(ru.exit()).isZero();
        assertThat(ru.out()).isEqualTo("W01: исполнение окончено (отзыв исполнительного документа взыскателем: № 7)\n");
        Result kk = ustau("writs", "show", "W01", "--db", db());
        assertThat(kk.exit()).isZero();
        assertThat(kk.out())
                .startsWith(
                        "W01: кәмелетке толмаған балаларды асырауға алимент, борышкер 780717****51, орындау аяқталды"
                                + " (өндіріп алушының атқарушылық құжатты кері қайтарып алуы: № 7)")
                .doesNotContain("WITHDRAWN_BY_CLAIMANT", "CHILD_SUPPORT");
    }

    @Test
    void wrongCommandsAreRefused() {
        assertThat(ustau("writs", "end", "W01", "--reason", "BORED", "--db", db())
                        .exit())
                .isEqualTo(2);
        assertThat(ustau("writs", "show", "NOPE", "--db", db()).exit()).isEqualTo(3);
        assertThat(ustau("writs", "import", "no-such.csv", "--db", db()).exit()).isEqualTo(3);
        assertThat(ustau(
                                "run",
                                "--payroll",
                                "sample-payroll/payroll.csv",
                                "--employer",
                                "sample-payroll/employer.properties",
                                "--out",
                                temp.resolve("x").toString())
                        .exit())
                .isEqualTo(2);
    }

    /**
     * Issue 13: while one process writes to the ledger, a second writer is refused at once with one line in its
     * language (exit 2), never a SQL error; a reader in a second JVM reads the committed registry meanwhile.
     */
    @Test
    void aSecondWriterIsRefusedInItsLanguageAndAReaderStillReads() throws Exception {
        ustau("writs", "import", "sample-payroll/writs.csv", "--db", db());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LedgerDatabase ledger = LedgerDatabase.open(db(), ReferenceTablesCsv.builtIn())) {
            Thread writer = new Thread(() -> {
                try {
                    ledger.write(tx -> {
                        tx.writs().status("W01", WritStatus.SUSPENDED, "held", java.time.LocalDateTime.now());
                        holding.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                Second importing = second("writs", "import", "sample-payroll/writs.csv", "--db", db(), "--lang", "ru");
                assertThat(importing.exit()).as(importing.out()).isEqualTo(2);
                assertThat(importing.out().strip())
                        .startsWith("учёт " + db() + " сейчас изменяет другой процесс ustau")
                        .doesNotContain("SQL", "Exception", "\n");
                Second reading = second("writs", "list", "--db", db());
                assertThat(reading.exit()).as(reading.out()).isZero();
                assertThat(reading.out()).contains("W01", "ACTIVE").doesNotContain("held");
            } finally {
                release.countDown();
                writer.join();
            }
        }
        assertThat(ustau("writs", "list", "--db", db()).out()).contains("W01,780717****51,CHILD_SUPPORT,SUSPENDED");
    }

    record Second(int exit, String out) {}

    /** The command line in a JVM of its own. */
    Second second(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Second(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String[] args(String command, String a, String b, String c, String d, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(command, a, b, c, d));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void theDatabaseFolderAndFilesAreTheOwnersOnly() throws Exception {
        Path dir = temp.resolve("private-db");
        try (LedgerDatabase db = LedgerDatabase.open(dir.toString(), ReferenceTablesCsv.builtIn())) {
            List<kz.ustau.app.registry.RegistryEntry> entries =
                    db.read(tx -> tx.writs().list());
            assertThat(entries).isEmpty();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(
                            java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(f.toString())
                    .isEqualTo("rw-------"));
        }
    }
}
