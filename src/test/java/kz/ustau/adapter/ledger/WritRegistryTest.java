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
import java.util.concurrent.TimeUnit;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writ registry on the real embedded H2, through the command line (issue 5). */
class WritRegistryDbTest {
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
                .contains("борышкер 780717****51", "2-нұсқа", "1-нұсқа, ", "IMPORTED", "UPDATED")
                .doesNotContain("780717381451");
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
        assertThat(ustau("writs", "suspend", "W01", "--reason", "resolution № 5", "--db", db())
                        .exit())
                .isZero();
        ustau(args("run", "--db", db(), "--out", temp.resolve("c").toString(), common));
        assertThat(Files.readString(temp.resolve("c/deductions.csv"))).doesNotContain(",W09,", ",W01,");
        assertThat(ustau("writs", "resume", "W01", "--db", db()).exit()).isZero();
        ustau(args("run", "--db", db(), "--out", temp.resolve("d").toString(), common));
        assertThat(Files.readString(temp.resolve("d/deductions.csv")))
                .contains(",W01,")
                .doesNotContain(",W09,");
        assertThat(ustau("writs", "list", "--db", db()).out()).contains("W09", "ENDED", "RETURNED_TO_BAILIFF: № 9");
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

    @Test
    void aSecondProcessOnTheSameDatabaseIsToldItIsInUse() throws Exception {
        ustau("writs", "import", "sample-payroll/writs.csv", "--db", db());
        try (WritRegistryDb held = WritRegistryDb.open(db())) {
            held.list();
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "writs",
                            "list",
                            "--db",
                            db())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isEqualTo(1);
            assertThat(out).contains("is in use by another ustau process");
        }
    }

    private static String[] args(String command, String a, String b, String c, String d, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(command, a, b, c, d));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void theDatabaseFolderAndFilesAreTheOwnersOnly() throws Exception {
        Path dir = temp.resolve("private-db");
        try (WritRegistryDb db = WritRegistryDb.open(dir.toString())) {
            assertThat(db.list()).isEmpty();
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
