package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.ustau.adapter.ledger.Year;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, as a careful user meets it on the real embedded database through the command line: months kept in order,
 * a corrected month makes the later ones stale and running them again in order gives the year closed from scratch,
 * overpayments recorded and never netted, real order numbers in the warnings, a re-export that keeps its dates, two
 * closes at once (one wins, one is told so in its language), staging folders swept.
 */
class Issue13Test {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-10-01T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    static Result ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code month close} of the year's month {@code n} on {@code db}, with {@code payroll} (none: the stored one). */
    Result close(String db, Year year, int n, Path payroll, String... more) throws IOException {
        YearMonth m = Year.month(n);
        List<String> args = new ArrayList<>(List.of(
                "month",
                "close",
                "--db",
                db,
                "--period",
                m.toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("out-" + db.hashCode() + "/" + m).toString(),
                "--tables",
                year.tables().toString(),
                "--now",
                Year.closedAt(m)));
        if (payroll != null) {
            args.addAll(List.of("--payroll", payroll.toString()));
        }
        args.addAll(List.of(more));
        return ustau(args.toArray(String[]::new));
    }

    String ledger(String name, Year year) throws IOException {
        String db = temp.resolve(name).toString();
        assertThat(ustau("writs", "import", year.writs().toString(), "--db", db).exit())
                .isZero();
        return db;
    }

    /** The issue's second case: August closed before July is refused, in Kazakh and in Russian, naming July. */
    @Test
    void aMonthIsNotClosedBeforeTheOneBeforeIt() throws IOException {
        Year year = new Year(temp);
        String db = ledger("db", year);
        assertThat(close(db, year, 1, year.payroll(1)).exit()).isZero();
        Result skipped = close(db, year, 3, year.payroll(3));
        assertThat(skipped.exit()).isEqualTo(2);
        assertThat(skipped.err().strip())
                .isEqualTo("2026-11 айы жабылмайынша 2026-12 айын есептеуге болмайды: берешек айдан айға ауысады;"
                        + " 2026-11 айын жабыңыз (ustau month close --period 2026-11) немесе себебін көрсетіп өткізіңіз"
                        + " (ustau month skip --period 2026-11 --reason …)");
        Result ru = close(db, year, 3, year.payroll(3), "--lang", "ru");
        assertThat(ru.err()).startsWith("месяц 2026-12 нельзя рассчитать, пока не закрыт месяц 2026-11");
        assertThat(temp.resolve("out-" + db.hashCode() + "/2026-12"))
                .as("nothing written")
                .doesNotExist();
        Result earlier = ustau(
                "month",
                "run",
                "--db",
                db,
                "--period",
                "2026-09",
                "--payroll",
                year.payroll(1).toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("x").toString(),
                "--lang",
                "ru");
        assertThat(earlier.exit()).isEqualTo(2);
        assertThat(earlier.err()).startsWith("месяц 2026-09 раньше 2026-10 — первого месяца учёта");
        assertThat(close(db, year, 2, year.payroll(2)).exit()).isZero();
        assertThat(close(db, year, 3, year.payroll(3)).exit()).isZero();
        // a month with no payroll at all is skipped, with the reason recorded, and the next one follows it
        assertThat(ustau("month", "skip", "--db", db, "--period", "2027-01", "--reason", "простой", "--lang", "ru")
                        .out())
                .contains("2027-01: пропущен (простой)");
        assertThat(close(db, year, 5, year.payroll(5)).exit()).isZero();
        assertThat(ustau("month", "status", "--db", db).out())
                .contains("2026-12,LOCKED,", "2027-01,SKIPPED,,0,0.00,0,0.00,простой", "2027-02,LOCKED,");
    }

    /**
     * The issue's third case and its fix: December reopened with a higher pay makes January to September stale; a
     * stale month is not exported; computing them again in order, each from its stored payroll, gives every writ the
     * figures the corrected year closed from scratch gives (the capped writs' arrears carried through the year); what
     * earlier orders paid over the corrected figures is recorded and reported as an overpayment, never taken from a
     * later month.
     */
    @Test
    void aCorrectedMonthMakesTheLaterOnesStaleAndRunningThemInOrderGivesTheYearFromScratch() throws IOException {
        Year year = new Year(temp);
        String a = ledger("a", year);
        for (int n = 1; n <= 12; n++) {
            assertThat(close(a, year, n, year.payroll(n)).exit()).isZero();
        }
        // December: the debtor of the two capped writs was paid 600 000, not 300 000, and T01 300 000, not 400 000
        Path corrected = year.payroll(
                3,
                text -> text.replace(
                                "Петрович,2026-12,2027-01-05,SALARY,300000.00",
                                "Петрович,2026-12,2027-01-05,SALARY,600000.00")
                        .replace(
                                "Бақытұлы,2026-12,2027-01-05,SALARY,400000.00",
                                "Бақытұлы,2026-12,2027-01-05,SALARY,300000.00"),
                "corrected-");
        Result reopened = ustau("month", "reopen", "--db", a, "--period", "2026-12", "--reason", "премия пересчитана");
        assertThat(reopened.exit()).isZero();
        assertThat(reopened.err()).contains("2027-01 айы енді ескірген (2026-12 айы өзгерді)");
        assertThat(ustau("month", "status", "--db", a).out())
                .contains("2026-12,OPEN,", "2027-01,STALE,2026-12,", "2027-09,STALE,2026-12,");
        Result stale = ustau(
                "month",
                "export",
                "--db",
                a,
                "--period",
                "2027-01",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("stale").toString(),
                "--lang",
                "ru");
        assertThat(stale.exit()).isEqualTo(2);
        assertThat(stale.err()).startsWith("месяц 2027-01 устарел: он рассчитан до изменения месяца 2026-12");
        Result december = close(a, year, 3, corrected);
        assertThat(december.exit()).as(december.err()).isZero();
        assertThat(Files.readString(temp.resolve("out-" + a.hashCode() + "/2026-12/payments.csv")))
                .as("December pays only the difference, as corrections")
                .contains("Доплата (корректировка): Алименты за 12.2026");
        for (int n = 4; n <= 12; n++) {
            Result again = close(a, year, n, null);
            assertThat(again.exit()).as("%s: %s", Year.month(n), again.err()).isZero();
        }

        String b = ledger("b", year);
        for (int n = 1; n <= 12; n++) {
            assertThat(close(b, year, n, n == 3 ? corrected : year.payroll(n)).exit())
                    .isZero();
        }
        for (String writ : List.of("A1", "B1", "B2", "C1", "D1")) {
            assertThat(figures(a, writ)).as(writ).isEqualTo(figures(b, writ));
        }
        // A1's December order paid 1/4 of 400 000; a quarter of 300 000 is due: 25 000 overpaid, recorded, not netted
        Result status = ustau("month", "status", "--db", a);
        assertThat(status.err())
                .isEqualToIgnoringNewLines(
                        "A1 атқарушылық құжат, 2026-12: бұрынғы тапсырмалар қазіргі ұстаудан 25000.00 артық"
                                + " төледі; алушымен есеп айырысыңыз");
        assertThat(ustau("month", "status", "--db", b).err()).doesNotContain("артық");
    }

    /** A writ's months without the paid column (the corrected ledger paid some twice: recorded as overpaid). */
    private static List<String> figures(String db, String writ) {
        return ustau("writs", "history", writ, "--db", db)
                .out()
                .lines()
                .map(l -> l.substring(0, l.lastIndexOf(',')))
                .toList();
    }

    /**
     * Issue 13, item 5: a late order's warning cites the number the ledger gave it, and a locked month exported again
     * later writes the files it was exported with, byte for byte: the same document dates, none called late.
     */
    @Test
    void lateOrdersCiteTheirNumbersAndAReExportKeepsItsDates() throws IOException {
        Year year = new Year(temp);
        String db = ledger("db", year);
        assertThat(close(db, year, 1, year.payroll(1)).exit()).isZero();
        Result late = ustau(
                "month",
                "close",
                "--db",
                db,
                "--period",
                "2026-11",
                "--payroll",
                year.payroll(2).toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("late").toString(),
                "--tables",
                year.tables().toString(),
                "--now",
                "2026-12-20T09:00");
        assertThat(late.exit()).isZero();
        List<String> numbers = Files.readAllLines(temp.resolve("late/payments.csv")).stream()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .toList();
        assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(Integer.parseInt(n))
                .isGreaterThan(4));
        for (String n : numbers) {
            assertThat(late.err()).contains("[kk] " + n + " тапсырма (");
        }
        assertThat(late.err()).doesNotContain("[kk] 1 тапсырма (");
        Result again = ustau(
                "month",
                "export",
                "--db",
                db,
                "--period",
                "2026-11",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("again").toString(),
                "--now",
                "2027-02-01T09:00");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("2026-11 айы жабық: оның шығарылған файлдары");
        for (String f : List.of("payments.csv", "payments-1c.txt", "payments-mt100.txt", "payments.xml")) {
            assertThat(temp.resolve("again/" + f)).as(f).hasSameBinaryContentAs(temp.resolve("late/" + f));
        }
    }

    /**
     * Issue 13, item 5: two closes of the same month at once, each in a JVM of its own: one wins, the other is refused
     * at once with one line in its language (exit 2), no SQL text; the month is stored once, its orders issued once.
     */
    @Test
    void twoClosesAtOnceOneWinsTheOtherIsToldSo() throws Exception {
        assertTwoClosesAtOnce(temp.resolve("db").toString(), temp);
    }

    /** The same, on any ledger location (the PostgreSQL test runs it on a server). */
    static void assertTwoClosesAtOnce(String db, Path temp) throws Exception {
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db)
                        .exit())
                .isZero();
        Path big = bigOctober(temp);
        List<Process> both = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            both.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "month",
                            "close",
                            "--db",
                            db,
                            "--period",
                            "2026-10",
                            "--payroll",
                            big.toString(),
                            "--employer",
                            "sample-payroll/employer.properties",
                            "--out",
                            temp.resolve("close-" + side).toString(),
                            "--now",
                            "2026-11-02T09:00",
                            "--lang",
                            "ru")
                    .redirectErrorStream(true)
                    .redirectOutput(temp.resolve("close-" + side + ".log").toFile())
                    .start());
        }
        List<Integer> exits = new ArrayList<>();
        List<String> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            assertThat(both.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            exits.add(both.get(i).exitValue());
            logs.add(Files.readString(temp.resolve("close-" + (i == 0 ? "a" : "b") + ".log"), StandardCharsets.UTF_8));
        }
        assertThat(exits).as("%s", logs).containsExactlyInAnyOrder(0, 2);
        String refused = logs.get(exits.indexOf(2));
        assertThat(refused.strip())
                .startsWith("учёт " + db + " сейчас изменяет другой процесс ustau")
                .doesNotContain("SQL", "Exception", "duplicate key", "\n");
        Result status = ustau("month", "status", "--db", db);
        assertThat(status.out()).contains("2026-10,LOCKED,,16,1296826.83,15,1296826.83,");
    }

    /** The sample month with 5,000 times two more employees without writs: a close that takes seconds. */
    static Path bigOctober(Path temp) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        for (int copy = 0; copy < 5000; copy++) {
            for (String l : lines.subList(1, lines.size())) {
                if (l.startsWith("T001,") || l.startsWith("T002,")) {
                    sb.append("X").append(copy).append(l, 1, l.length()).append('\n');
                }
            }
        }
        return Files.writeString(temp.resolve("big-october.csv"), sb.toString());
    }

    /**
     * Issue 13, item 5: a staging folder a killed process left beside the month's folder is removed by the next
     * command; what a command stages is its owner's only from the first byte.
     */
    @Test
    void aStagingFolderLeftByAKillIsSweptAway() throws IOException {
        Year year = new Year(temp);
        String db = ledger("db", year);
        Path months = Files.createDirectories(temp.resolve("out-" + db.hashCode()));
        Path left = Files.createDirectories(months.resolve(".ustau-staging-123"));
        Files.writeString(left.resolve(".lock"), "4242");
        Files.writeString(left.resolve("payments.xml"), "<Document>… 880514312008 …");
        assertThat(close(db, year, 1, year.payroll(1)).exit()).isZero();
        assertThat(left).doesNotExist();
        try (Stream<Path> all = Files.walk(months)) {
            assertThat(all.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(f -> assertThat(
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(f.toString())
                    .isEqualTo("rw-------"));
        }
    }

    /**
     * Issue 13's first case, the one that lost closed months on H2: a year closed month by month, each close in a
     * JVM of its own; then rounds in which a month is reopened and closed again, and read-only commands are killed
     * ({@code kill -9}) at some moment of their run or run to their end. After every round the ledger's list of months
     * and every writ's history are what they were after the year was closed (the re-closed month aside, whose figures
     * the round changed and checks): nothing committed is ever lost. The soak with real gaps between commands is
     * {@code tools/soak-ledger.sh}.
     */
    @Test
    void closedMonthsSurviveReopeningsClosingsAndKills() throws Exception {
        Year year = new Year(temp);
        String db = ledger("db", year);
        for (int n = 1; n <= 12; n++) {
            YearMonth m = Year.month(n);
            Second c = second(
                    "month",
                    "close",
                    "--db",
                    db,
                    "--period",
                    m.toString(),
                    "--payroll",
                    year.payroll(n).toString(),
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve("year/" + m).toString(),
                    "--tables",
                    year.tables().toString(),
                    "--now",
                    Year.closedAt(m));
            assertThat(c.exit()).as(c.out()).isZero();
        }
        String months = ustau("month", "status", "--db", db).out();
        String c1 = ustau("writs", "history", "C1", "--db", db).out();
        assertThat(months.lines().filter(l -> l.contains(",LOCKED,"))).hasSize(12);
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 6; round++) {
            Process killed = start("writs", "history", "A1", "--db", db);
            Thread.sleep(200 + random.nextInt(900));
            killed.destroyForcibly();
            killed.waitFor(30, TimeUnit.SECONDS);
            // September again, with the same payroll: the same files, nothing new; then killed at some moment
            Process closing = start(
                    "month",
                    "close",
                    "--db",
                    db,
                    "--period",
                    "2027-09",
                    "--payroll",
                    year.payroll(12).toString(),
                    "--reopen",
                    "round " + round,
                    "--employer",
                    "sample-payroll/employer.properties",
                    "--out",
                    temp.resolve("year/2027-09").toString(),
                    "--tables",
                    year.tables().toString(),
                    "--now",
                    Year.closedAt(Year.month(12)));
            Thread.sleep(300 + random.nextInt(1500));
            closing.destroyForcibly();
            closing.waitFor(30, TimeUnit.SECONDS);
            Second read = second("writs", "history", "C1", "--db", db);
            assertThat(read.out()).as("round %d", round).isEqualTo(c1);
            // September is locked (the close got through) or open (reopened, then killed): never lost, never doubled
            String now = ustau("month", "status", "--db", db).out();
            assertThat(now.lines().limit(12).toList())
                    .as("round %d: October to August", round)
                    .isEqualTo(months.lines().limit(12).toList());
            assertThat(now).containsAnyOf("2027-09,LOCKED,,3,570000.00,3,570000.00,", "2027-09,OPEN,,3,570000.00,3,");
            if (now.contains("2027-09,OPEN,")) {
                assertThat(close(db, year, 12, year.payroll(12)).exit()).isZero();
            }
        }
        assertThat(ustau("month", "status", "--db", db).out()).isEqualTo(months);
    }

    record Second(int exit, String out) {}

    /** The command line in a JVM of its own, to its end. */
    static Second second(String... args) throws Exception {
        Process p = start(args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Second(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
