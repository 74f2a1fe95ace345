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
import java.util.ArrayList;
import java.util.List;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month ledger on the real embedded H2 (issue 5): close, re-close, reopen, carry debts, history. */
class MonthLedgerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), Main.ALMATY);

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    Result ustau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The database the ledger is on: an H2 folder here; a subclass points at PostgreSQL. */
    String db() {
        return temp.resolve("db").toString();
    }

    Result close(String period, Path payroll, String out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "month",
                "close",
                "--db",
                db(),
                "--period",
                period,
                "--payroll",
                payroll.toString(),
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve(out).toString(),
                "--now",
                period.equals("2026-10") ? "2026-11-02T09:00" : "2026-12-02T09:00"));
        args.addAll(List.of(more));
        return ustau(args.toArray(String[]::new));
    }

    /** The sample's October moved to November, without the dismissed T024. */
    Path november() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-payroll/payroll.csv"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("T024,")) {
                continue;
            }
            sb.append(l.replace(",2026-10,", ",2026-11,")
                            .replace(",2026-11-05,", ",2026-12-04,")
                            .replace(",2026-10-20,", ",2026-11-20,"))
                    .append('\n');
        }
        return Files.writeString(temp.resolve("november.csv"), sb.toString());
    }

    @BeforeEach
    void registry() {
        assertThat(ustau("writs", "import", "sample-payroll/writs.csv", "--db", db())
                        .exit())
                .isZero();
    }

    @Test
    void closingTheSameMonthAgainPaysNothingNewAndAReopenPaysOnlyTheDifference() throws IOException {
        Path october = Path.of("sample-payroll/payroll.csv");
        assertThat(close("2026-10", october, "o1").exit()).isZero();
        assertThat(close("2026-10", october, "o2").exit()).isZero();
        assertThat(Files.readString(temp.resolve("o2/payments.csv")))
                .isEqualTo(Files.readString(temp.resolve("o1/payments.csv")));
        assertThat(Files.readAllBytes(temp.resolve("o2/payments-1c.txt")))
                .isEqualTo(Files.readAllBytes(temp.resolve("o1/payments-1c.txt")));

        Path raised = temp.resolve("raised.csv");
        Files.writeString(
                raised,
                Files.readString(october).replaceFirst("(?m)^(T003,.*),SALARY,420000.00", "$1,SALARY,480000.00"));
        Result refused = close("2026-10", raised, "o3");
        assertThat(refused.exit()).isEqualTo(2);
        // one line in the accountant's language, not buried under the usage help (the page shows it as said)
        assertThat(refused.err().strip())
                .contains("--reopen", "басқа ведомость бойынша жабылған")
                .doesNotContain("Usage:", "\n");
        assertThat(temp.resolve("o3")).doesNotExist();

        assertThat(close("2026-10", raised, "o4", "--reopen", "премия пересчитана")
                        .exit())
                .isZero();
        List<String> payments = Files.readAllLines(temp.resolve("o4/payments.csv"));
        assertThat(payments).hasSize(2);
        assertThat(payments.get(1))
                .startsWith("16,W01,T003,")
                .contains(",15000.00,", "\"Доплата (корректировка): Алименты за 10.2026");
        assertThat(ustau("writs", "history", "W01", "--db", db()).out())
                .contains("2026-10,T003,453135.00,113283.75,0.00,113283.75,0.00,113283.75");
    }

    Result month(String command, String period, String out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "month",
                command,
                "--db",
                db(),
                "--period",
                period,
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve(out).toString(),
                "--now",
                "2026-11-02T09:00"));
        args.addAll(List.of(more));
        return ustau(args.toArray(String[]::new));
    }

    @Test
    void runStoresUnlockedExportLocksFromTheStoredPayrollAndReopenPaysTheDifference() throws IOException {
        String october = "sample-payroll/payroll.csv";
        Result run = month("run", "2026-10", "r1", "--payroll", october);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(temp.resolve("r1/deductions.csv")).exists();
        assertThat(Files.readAllLines(temp.resolve("r1/payments.csv")))
                .as("a run writes no orders")
                .hasSize(1);
        assertThat(temp.resolve("r1/payments-1c.txt")).doesNotExist();
        assertThat(month("run", "2026-10", "r2", "--payroll", october).exit())
                .as("the same file again")
                .isZero();

        Result export = month("export", "2026-10", "e1");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(temp.resolve("e1/payments.csv"))).hasSize(16);
        assertThat(month("export", "2026-10", "e2").exit()).isZero();
        assertThat(Files.readString(temp.resolve("e2/payments.csv")))
                .isEqualTo(Files.readString(temp.resolve("e1/payments.csv")));
        assertThat(month("run", "2026-10", "r3", "--payroll", october).exit())
                .as("a locked month")
                .isEqualTo(2);

        assertThat(ustau("month", "reopen", "--db", db(), "--period", "2026-10", "--reason", "премия пересчитана")
                        .exit())
                .isZero();
        Path raised = temp.resolve("raised.csv");
        Files.writeString(
                raised,
                Files.readString(Path.of(october))
                        .replaceFirst("(?m)^(T003,.*),SALARY,420000.00", "$1,SALARY,480000.00"));
        assertThat(month("run", "2026-10", "r4", "--payroll", raised.toString()).exit())
                .isZero();
        Result again = month("export", "2026-10", "e3");
        assertThat(again.exit()).as(again.err()).isZero();
        List<String> payments = Files.readAllLines(temp.resolve("e3/payments.csv"));
        assertThat(payments).hasSize(2);
        assertThat(payments.get(1)).startsWith("16,W01,T003,").contains(",15000.00,", "Доплата (корректировка)");
        Result never = month("export", "2026-11", "e4");
        assertThat(never.exit()).as("a month never run").isEqualTo(2);
        assertThat(never.err().strip())
                .isEqualTo("2026-11 айы әлі есептелмеген: алдымен ustau month run --period 2026-11 …");
    }

    @Test
    void aPayoutOnAnotherDateOfTheMonthIsAddedAndNothingIsWithheldTwice() throws IOException {
        Path october = Path.of("sample-payroll/payroll.csv");
        assertThat(close("2026-10", october, "o1").exit()).isZero();
        Path vacation = Files.writeString(
                temp.resolve("vacation.csv"),
                "employee_id,iin,full_name,period,pay_date,code,amount\n"
                        + "T003,780717381451,Петров Алексей Николаевич,2026-10,2026-10-25,VACATION,80000.00\n");
        Result added = close("2026-10", october, "o2", "--payroll", vacation.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        List<String> payments = Files.readAllLines(temp.resolve("o2/payments.csv"));
        assertThat(payments).hasSize(2);
        assertThat(payments.get(1)).startsWith("16,W01,T003,").contains(",20000.00,");
        assertThat(ustau("writs", "history", "W01", "--db", db()).out())
                .contains("2026-10,T003,473135.00,118283.75,0.00,118283.75,0.00,118283.75");
        assertThat(close("2026-10", vacation, "o3").exit())
                .as("a payroll that drops the month's first file")
                .isEqualTo(2);
    }

    @Test
    void debtsCarryIntoTheNextMonthAndNumbersGoOn() throws IOException {
        assertThat(close("2026-10", Path.of("sample-payroll/payroll.csv"), "o1").exit())
                .isZero();
        assertThat(close("2026-11", november(), "o2").exit()).isZero();
        String deductions = Files.readString(temp.resolve("o2/deductions.csv"));
        assertThat(deductions)
                .contains(
                        ",W05,CHILD_SUPPORT,488175.00,162725.00,23246.43,139478.57,0.00,139478.57,23246.43,46492.86,");
        assertThat(deductions)
                .contains(",W14,CHILD_SUPPORT,171375.00,0.00,10312.50,0.00,10312.50,10312.50,10312.50,0.00,");
        assertThat(Files.readAllLines(temp.resolve("o2/payments.csv")).get(1)).startsWith("16,");
        assertThat(Files.readString(temp.resolve("o2/notices.csv"))).contains("W14", "DEBT_PAID");
        String letter = String.join(
                        "",
                        kz.ustau.cases.Documents.pdfPages(
                                Files.readAllBytes(temp.resolve("o2/notices/return-W14-ru.pdf"))))
                .replace((char) 0xA0, (char) 32)
                .replaceAll("\\s+", " ");
        assertThat(letter)
                .as("totals since the writ arrived, from the ledger")
                .contains("Удержано всего с", "96 000,00 тенге (девяносто шесть тысяч тенге");
        assertThat(ustau("writs", "history", "W05", "--db", db()).out())
                .contains("2026-10,T018", "2026-11,T018", "total,,,,,278957.14,46492.86,278957.14");
    }

    @Test
    void aWritEndedInTheRegistryGoesBackWithOneLetterInBothLanguages() throws IOException {
        assertThat(close("2026-10", Path.of("sample-payroll/payroll.csv"), "o1").exit())
                .isZero();
        Result end = ustau(
                "writs",
                "end",
                "W02",
                "--reason",
                "WITHDRAWN_BY_CLAIMANT",
                "--note",
                "заявление взыскателя от 15.11.2026",
                "--db",
                db());
        assertThat(end.exit()).as(end.err()).isZero();

        Result november = close("2026-11", november(), "o2");
        assertThat(november.exit()).as(november.err()).isZero();
        assertThat(Files.readString(temp.resolve("o2/deductions.csv"))).doesNotContain(",W02,");
        assertThat(Files.readAllLines(temp.resolve("o2/notices.csv")))
                .filteredOn(l -> l.contains(",W02,"))
                .singleElement()
                .asString()
                .contains("WRIT_RETURN");
        String ru = pdfText(temp.resolve("o2/notices/return-W02-ru.pdf"));
        assertThat(ru)
                .contains(
                        "в связи с окончанием исполнения: отзыв исполнительного документа взыскателем"
                                + " (заявление взыскателя от 15.11.2026)",
                        "Удержано за",
                        "Удержано всего с")
                .doesNotContain("{{");
        assertThat(pdfText(temp.resolve("o2/notices/return-W02-kk.pdf")))
                .contains("өндіріп алушының атқарушылық құжатты кері қайтарып алуы");
        assertThat(temp.resolve("o2/notices/return-W02-kk.docx")).isRegularFile();

        Result again = close("2026-11", november(), "o3");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(temp.resolve("o3/notices.csv")))
                .as("the same month again: the same letters")
                .contains(",W02,");

        Result december = close("2026-12", december(), "o4");
        assertThat(december.exit()).as(december.err()).isZero();
        assertThat(Files.readString(temp.resolve("o4/notices.csv")))
                .as("a letter goes once")
                .doesNotContain(",W02,");
        assertThat(ustau("writs", "show", "W02", "--db", db()).out())
                .contains("Хат жіберілді: 11.2026 түсіруімен жіберілген хат")
                .doesNotContain("LETTER", "letter of");
        assertThat(ustau("writs", "show", "W02", "--db", db(), "--lang", "en").out())
                .contains("LETTER: letter of 2026-11");
    }

    @Test
    void aWritReturnedToTheBailiffAlreadyGetsNoLetter() throws IOException {
        assertThat(close("2026-10", Path.of("sample-payroll/payroll.csv"), "o1").exit())
                .isZero();
        assertThat(ustau("writs", "end", "W02", "--reason", "RETURNED_TO_BAILIFF", "--db", db())
                        .exit())
                .isZero();
        assertThat(close("2026-11", november(), "o2").exit()).isZero();
        assertThat(Files.readString(temp.resolve("o2/notices.csv"))).doesNotContain(",W02,");
    }

    private static String pdfText(Path pdf) throws IOException {
        return String.join("", kz.ustau.cases.Documents.pdfPages(Files.readAllBytes(pdf)))
                .replace((char) 0xA0, (char) 32)
                .replaceAll("\\s+", " ");
    }

    /** November moved on to December. */
    Path december() throws IOException {
        String text = Files.readString(november(), StandardCharsets.UTF_8)
                .replace(",2026-11,", ",2026-12,")
                .replace(",2026-12-04,", ",2026-12-28,")
                .replace(",2026-11-20,", ",2026-12-20,");
        return Files.writeString(temp.resolve("december.csv"), text);
    }

    @Test
    void aMonthWhoseFilesCannotBeWrittenIsNotStored() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a file where DIR should go");
        Result r = ustau(
                "month",
                "close",
                "--db",
                db(),
                "--period",
                "2026-10",
                "--payroll",
                "sample-payroll/payroll.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                blocker.resolve("out").toString(),
                "--now",
                "2026-11-02T09:00");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(ustau("writs", "history", "W01", "--db", db()).out().lines()).hasSize(2);
        assertThat(close("2026-10", Path.of("sample-payroll/payroll.csv"), "o1").exit())
                .isZero();
        assertThat(Files.readAllLines(temp.resolve("o1/payments.csv")).get(1)).startsWith("1,");
    }
}
