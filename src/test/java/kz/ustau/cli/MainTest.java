package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a black box (CONTRACT §1–§2): exit codes, messages, and what happens to DIR. */
class MainTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final Path E1 = CASES.resolve("e1-one-child-quarter");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T05:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    static String[] e1(Path outDir, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--payroll",
                E1.resolve("payroll.csv").toString(),
                "--writs",
                E1.resolve("writs.csv").toString(),
                "--employer",
                CASES.resolve("employer.properties").toString(),
                "--out",
                outDir.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Қолданылуы: ustau", "run");
        Result runHelp = run("run", "--help");
        assertThat(runHelp.out())
                .contains(
                        "--payroll",
                        "--writs",
                        "--employer",
                        "--out",
                        "--period",
                        "--now",
                        "--tables",
                        "--lang",
                        "--encoding",
                        "--mapping");
        Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("ustau ");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertThat(run("run", "--payroll", "x.csv").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run().exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(e1(temp.resolve("o"), "--now", "yesterday")).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(e1(temp.resolve("o"), "--period", "2026/03")).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(e1(temp.resolve("o"), "--lang", "de")).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(e1(temp.resolve("o"), "--encoding", "koi8-r")).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(temp.resolve("o")).doesNotExist();
    }

    @Test
    void aMissingInputFileIsAnInputError() {
        Result r = run(
                "run",
                "--payroll",
                temp.resolve("nope.csv").toString(),
                "--writs",
                E1.resolve("writs.csv").toString(),
                "--employer",
                CASES.resolve("employer.properties").toString(),
                "--out",
                temp.resolve("o").toString(),
                "--lang",
                "ru");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("nope.csv:1:-: файл не найден");
        assertThat(temp.resolve("o")).doesNotExist();
    }

    @Test
    void anInputErrorLeavesAnExistingDirExactlyAsItWas() throws IOException {
        Path dir = temp.resolve("out");
        assertThat(run(e1(dir, "--now", "2026-03-06T10:00")).exit()).isZero();
        Files.writeString(dir.resolve("keep.txt"), "mine");
        byte[] before = Files.readAllBytes(dir.resolve("deductions.csv"));
        Result r = run(e1(dir, "--period", "2026-04"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("payroll.csv:1:period");
        assertThat(Files.readAllBytes(dir.resolve("deductions.csv"))).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "deductions.csv",
                            "payments.csv",
                            "payments-1c.txt",
                            "payments-mt100.txt",
                            "payments.xml",
                            "explain.txt",
                            "keep.txt");
        }
    }

    @Test
    void aRunReplacesItsOwnOutputsRemovesStaleOnesAndKeepsOthers() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("out"));
        Files.writeString(dir.resolve("warnings.txt"), "old warning");
        Files.writeString(dir.resolve("deductions.csv"), "old");
        Files.writeString(dir.resolve("notes.txt"), "the accountant's own");
        assertThat(run(e1(dir)).exit()).isZero();
        assertThat(dir.resolve("warnings.txt")).as("nothing to say this time").doesNotExist();
        assertThat(Files.readString(dir.resolve("deductions.csv"))).contains("82443.75");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("the accountant's own");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no staging left behind")
                    .containsOnly("out");
        }
    }

    @Test
    void theSameInputsAndNowGiveByteIdenticalFiles() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(run(e1(a, "--now", "2026-03-06T10:00")).exit()).isZero();
        assertThat(run(e1(b, "--now", "2026-03-06T10:00")).exit()).isZero();
        for (String f : List.of("deductions.csv", "payments.csv", "explain.txt")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void outputsAreReadableByTheirOwnerOnly() throws IOException {
        Path dir = temp.resolve("new/deeper/out");
        // the sample month: its dismissal writes notices/ too
        Result r = run(
                "run",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--writs",
                "sample-payroll/writs.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                dir.toString(),
                "--now",
                "2026-11-02T09:00");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("notices")).isDirectory();
        List<Path> all;
        try (var walk = Files.walk(temp.resolve("new"))) {
            all = walk.toList();
        }
        assertThat(all).hasSizeGreaterThan(10);
        for (Path p : all) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                    .as(p.toString())
                    .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsAFaultWithExitOne() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Result r = run(e1(file.resolve("out")));
        assertThat(r.exit()).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(r.err()).startsWith("ustau: ").contains("қалта емес, файл");
    }

    @Test
    void aPaymentDocumentTheSchemaRefusesIsAFaultAndWritesNothing() throws IOException {
        Path writs = temp.resolve("writs.csv");
        String longName = "Сейтқалиева Дина Маратқызы ".repeat(6).strip();
        Files.writeString(
                writs, Files.readString(E1.resolve("writs.csv")).replace("Сейтқалиева Дина Маратқызы", longName));
        Path dir = Files.createDirectories(temp.resolve("out"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        String[] args = e1(dir);
        args[4] = writs.toString();
        Result r = run(args);
        assertThat(r.exit()).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(r.err()).contains("pain.001").contains("does not validate");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
    }

    @Test
    void theSummaryIsInTheFirstLanguageAndWarningsGoToStderr() {
        Result r = run(e1(temp.resolve("o"), "--lang", "ru,kk", "--now", "2026-03-20T10:00"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("должников 1", "платёжных поручений 1 на 82\u00A0443,75 тенге");
        assertThat(r.err())
                .contains("[ru] поручение 1 (документ E1, 82\u00A0443,75): срок 10.03.2026, просрочка 10 дн.");
    }

    @Test
    void noFullIinInAnyMessage() {
        Result r = run(
                "run",
                "--payroll",
                CASES.resolve("many-problems/payroll.csv").toString(),
                "--writs",
                CASES.resolve("many-problems/writs.csv").toString(),
                "--employer",
                CASES.resolve("employer.properties").toString(),
                "--out",
                temp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).doesNotContain("880514312009").contains("880514****09");
    }

    /**
     * Issue 20: {@code month run} computes a month and issues nothing, so its line says the orders come at export, not
     * «0 payment orders for 0.00»; {@code month export} then counts them.
     */
    @Test
    void aMonthRunSaysItsOrdersComeAtExport() {
        String db = temp.resolve("db").toString();
        String out = temp.resolve("out").toString();
        assertThat(run("writs", "import", "sample-payroll/writs.csv", "--db", db)
                        .exit())
                .isZero();
        Result computed = run(
                "month",
                "run",
                "--db",
                db,
                "--period",
                "2026-10",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out,
                "--now",
                "2026-11-02T09:00");
        assertThat(computed.exit()).as(computed.err()).isZero();
        assertThat(computed.out())
                .contains("2026-10: 14 борышкер, 16 ұстау жолы, 3 ескерту; төлем тапсырмалары ай шығарылғанда жазылады")
                .doesNotContain("0 төлем тапсырмасы");
        Result exported = run(
                "month",
                "export",
                "--db",
                db,
                "--period",
                "2026-10",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out,
                "--now",
                "2026-11-02T09:00");
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("15 төлем тапсырмасы, барлығы 1\u00A0296\u00A0826,83 теңге");
    }
}
