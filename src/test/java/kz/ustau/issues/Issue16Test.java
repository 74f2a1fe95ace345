package kz.ustau.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ustau.adapter.ledger.Year;
import kz.ustau.cases.Documents;
import kz.ustau.cli.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 on the real embedded ledger through the command line, over a year of closed months ({@link Year}: a cap that
 * binds for seven months, a hire and a dismissal, a writ that ends with arrears) with one writ suspended for two
 * months: each statement's figures are the ledger's, month by month and in total; a month with nothing withheld says
 * why; the reply names the request; the certificate states the arrears, or that there are none only when no month went
 * without withholding; the letters match their golden files in both languages.
 */
class Issue16Test {
    static final String EMPLOYER = "sample-payroll/employer.properties";
    static final String NOW = "2027-10-04T10:00";

    @TempDir
    static Path temp;

    static String db;

    record Result(int exit, String out, String err) {}

    static Result ustau(LocalDateTime at, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(at.atZone(Main.ALMATY).toInstant(), Main.ALMATY);
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), clock);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result ustau(String... args) {
        return ustau(LocalDateTime.parse(NOW), args);
    }

    @BeforeAll
    static void aYearOfClosedMonths() throws IOException {
        Year year = new Year(temp);
        db = temp.resolve("db").toString();
        assertThat(ustau(
                                LocalDateTime.parse("2026-10-01T09:00"),
                                "writs",
                                "import",
                                year.writs().toString(),
                                "--db",
                                db)
                        .exit())
                .isZero();
        for (int n = 1; n <= 12; n++) {
            if (n == 8) { // C1 suspended before May 2027 is run, resumed after June is closed
                assertThat(ustau(
                                        LocalDateTime.parse("2027-05-02T10:00"),
                                        "writs",
                                        "suspend",
                                        "C1",
                                        "--db",
                                        db,
                                        "--reason",
                                        "отсрочка")
                                .exit())
                        .isZero();
            }
            if (n == 10) {
                assertThat(ustau(LocalDateTime.parse("2027-07-05T10:00"), "writs", "resume", "C1", "--db", db)
                                .exit())
                        .isZero();
            }
            YearMonth m = Year.month(n);
            Result closed = ustau(
                    "month",
                    "close",
                    "--db",
                    db,
                    "--period",
                    m.toString(),
                    "--employer",
                    EMPLOYER,
                    "--out",
                    temp.resolve("months/" + m).toString(),
                    "--tables",
                    year.tables().toString(),
                    "--payroll",
                    year.payroll(n).toString(),
                    "--now",
                    Year.closedAt(m));
            assertThat(closed.exit()).as(closed.err()).isZero();
        }
    }

    /** The ledger's months of a writ as {@code writs history} prints them, by period. */
    Map<String, String[]> history(String writ) {
        Result r = ustau("writs", "history", writ, "--db", db);
        assertThat(r.exit()).isZero();
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : r.out().strip().split("\n")) {
            String[] cells = line.split(",", -1);
            if (!cells[0].equals("period")) {
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }

    Path statement(String writ, String... more) {
        Path out = temp.resolve("letters-" + writ);
        List<String> args = new ArrayList<>(List.of(
                "writs", "statement", writ, "--db", db, "--employer", EMPLOYER, "--out", out.toString(), "--now", NOW));
        args.addAll(List.of(more));
        Result r = ustau(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    /** The statement workbook's month rows: month, then each cell as text (sums with two decimals). */
    static List<List<String>> sheet(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue())
                                .setScale(2, RoundingMode.UNNECESSARY)
                                .toPlainString());
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        cells.add("=" + cell.getCellFormula());
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aStatementOverTheYearGivesTheLedgersFiguresMonthByMonthAndInTotal() throws IOException {
        for (String writ : List.of("A1", "B1", "B2", "C1", "D1")) {
            Map<String, String[]> ledger = history(writ);
            Path out = statement(writ, "--from", "2026-10", "--to", "2027-09");
            List<List<String>> months = sheet(out.resolve("statement-" + writ + ".xlsx"));
            assertThat(months).hasSize(13); // twelve months and the total
            BigDecimal withheld = BigDecimal.ZERO;
            BigDecimal transferred = BigDecimal.ZERO;
            for (List<String> m : months.subList(0, 12)) {
                String[] l = ledger.get(m.get(0));
                if (l == null) {
                    assertThat(m.get(1))
                            .as("%s %s: no figures without a ledger line", writ, m.get(0))
                            .isEmpty();
                    assertThat(m.get(9))
                            .as("%s %s: why nothing was withheld", writ, m.get(0))
                            .isNotEmpty();
                    continue;
                }
                // period,employee_id,base,demand_current,demand_debt,withheld,debt_after,paid
                assertThat(m.get(1)).as("%s %s base", writ, m.get(0)).isEqualTo(l[2]);
                assertThat(m.get(2)).as("%s %s demand", writ, m.get(0)).isEqualTo(l[3]);
                assertThat(new BigDecimal(m.get(3)).add(new BigDecimal(m.get(4))))
                        .as("%s %s withheld", writ, m.get(0))
                        .isEqualByComparingTo(l[5]);
                assertThat(m.get(8)).as("%s %s debt after", writ, m.get(0)).isEqualTo(l[6]);
                assertThat(m.get(5)).as("%s %s transferred", writ, m.get(0)).isEqualTo(l[7]);
                withheld = withheld.add(new BigDecimal(l[5]));
                transferred = transferred.add(new BigDecimal(l[7]));
            }
            String[] total = history(writ).values().stream().reduce((a, b) -> b).orElseThrow();
            Result printed = ustau("writs", "history", writ, "--db", db);
            String totalLine = printed.out().strip().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(totalLine)
                    .isEqualTo("total,,,,," + withheld.setScale(2).toPlainString() + "," + total[6] + ","
                            + transferred.setScale(2).toPlainString());
            assertThat(months.get(12).get(0)).isEqualTo("Итого");
            assertThat(months.get(12).get(3)).isEqualTo("=SUM(D5:D16)");
            String text = String.join(
                    "", Documents.pdfPages(Files.readAllBytes(out.resolve("statement-" + writ + "-ru.pdf"))));
            assertThat(text.replace('\u00A0', ' '))
                    .as("the letter's total is the ledger's")
                    .contains("Перечислено взыскателю " + grouped(transferred) + " тенге");
        }
    }

    @Test
    void aMonthWithNothingWithheldSaysWhy() throws IOException {
        List<List<String>> d1 =
                sheet(statement("D1", "--from", "2026-10", "--to", "2027-09").resolve("statement-D1.xlsx"));
        assertThat(d1.get(0).get(9)).as("October: D not hired yet").startsWith("нет в ведомости месяца");
        assertThat(d1.get(2).get(9)).as("December: withheld as asked").isEqualTo("");
        assertThat(d1.get(6).get(9)).as("April: dismissed in March").startsWith("нет в ведомости месяца");
        List<List<String>> c1 =
                sheet(statement("C1", "--from", "2027-04", "--to", "2027-08").resolve("statement-C1.xlsx"));
        assertThat(c1.stream().map(r -> r.get(0) + " " + r.get(9)).toList())
                .containsExactly(
                        "2027-04 ",
                        "2027-05 исполнение приостановлено",
                        "2027-06 исполнение приостановлено",
                        "2027-07 ",
                        "2027-08 ",
                        "Итого ");
        List<List<String>> b1 =
                sheet(statement("B1", "--from", "2026-10", "--to", "2026-10").resolve("statement-B1.xlsx"));
        assertThat(b1.get(0).get(9)).as("the cap binds on B's two writs").startsWith("удержано в пределах");
    }

    @Test
    void theLettersMatchTheirGoldenFilesInBothLanguages() throws IOException {
        Path out = statement("B2", "--from", "2027-03", "--to", "2027-05", "--request", "№ 45 от 20.09.2027");
        for (String file :
                List.of("statement-B2-kk.pdf", "statement-B2-ru.pdf", "statement-B2-kk.docx", "statement-B2-ru.docx")) {
            Documents.assertSame(out.resolve(file), Path.of("src/test/resources/letters/" + file));
        }
        String ru = String.join("", Documents.pdfPages(Files.readAllBytes(out.resolve("statement-B2-ru.pdf"))));
        assertThat(ru).contains("В ответ на Ваш запрос № 45 от 20.09.2027", "статьёй 100 Закона");
        Path cert = temp.resolve("cert");
        Result r = ustau(
                "writs",
                "certificate",
                "B2",
                "--on",
                "2027-10-04",
                "--db",
                db,
                "--employer",
                EMPLOYER,
                "--out",
                cert.toString(),
                "--now",
                NOW);
        assertThat(r.exit()).as(r.err()).isZero();
        for (String file : List.of(
                "certificate-B2-kk.pdf", "certificate-B2-ru.pdf", "certificate-B2-kk.docx", "certificate-B2-ru.docx")) {
            Documents.assertSame(cert.resolve(file), Path.of("src/test/resources/letters/" + file));
        }
    }

    @Test
    void theCertificateStatesTheArrearsAndNoneOnlyWhenEveryMonthWasWithheld() throws IOException {
        // in February 2027 the cap had left B2 with arrears: the certificate states the ledger's debt after February
        String[] lastB2 = history("B2").get("2027-02");
        assertThat(new BigDecimal(lastB2[6])).isPositive();
        String b2 = certificate("B2", "ru", "2027-02-15");
        assertThat(b2.replace('\u00A0', ' '))
                .contains("задолженность по этому исполнительному документу составляет "
                        + grouped(new BigDecimal(lastB2[6])) + " тенге");
        // A1 withheld in full every month of the last twelve: no arrears
        assertThat(certificate("A1", "ru")).contains("задолженности по этому исполнительному документу нет");
        assertThat(certificate("A1", "kk")).contains("берешек жоқ");
        // D1 went without withholding after the dismissal: never «no arrears», and the months are named
        String d1 = certificate("D1", "ru");
        assertThat(d1).doesNotContain("задолженности по этому исполнительному документу нет");
        assertThat(d1).contains("Месяцы без удержаний: 04.2027");
    }

    String certificate(String writ, String lang) throws IOException {
        return certificate(writ, lang, "2027-10-04");
    }

    String certificate(String writ, String lang, String on) throws IOException {
        Path out = temp.resolve("cert-" + writ + "-" + on);
        Result r = ustau(
                "writs",
                "certificate",
                writ,
                "--on",
                on,
                "--db",
                db,
                "--employer",
                EMPLOYER,
                "--out",
                out.toString(),
                "--now",
                NOW);
        assertThat(r.exit()).as(r.err()).isZero();
        return String.join(
                        "",
                        Documents.pdfPages(
                                Files.readAllBytes(out.resolve("certificate-" + writ + "-" + lang + ".pdf"))))
                .replaceAll("\\s+", " ");
    }

    @Test
    void aWritUnperformedForTwoMonthsWarnsOfTheTravelBanAndAtThreeSaysItIsDue() throws IOException {
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (int n = 1; n <= 12; n++) {
            YearMonth m = Year.month(n);
            List<String> lines = kz.ustau.cases.Warned.said(temp.resolve("months/" + m), "writ.unperformed");
            said.put(m.toString(), lines);
        }
        // D1: D is hired in December; October and November went without withholding (the count starts at the
        // writ's import); dismissed in March, the writ went back with the notice: nothing is counted after it
        assertThat(said.get("2026-10")).isEmpty();
        assertThat(said.get("2026-11"))
                .containsExactly(
                        "[kk] D1 атқарушылық құжат: 850101****01 борышкерден қатарынан 2 ай ештеңе ұсталмады"
                                + " (2026-10, 2026-11); ұстаусыз үшінші ай Қазақстан Республикасынан шығуға уақытша"
                                + " шектеу қоюға және борышкерлердің бірыңғай тізіліміне енгізуге әкеледі (Заңның 33,"
                                + " 36-баптары) — себебін сот орындаушысына хабарлаңыз (Заңның 100-бабы)",
                        "[ru] документ D1: с должника 850101****01 ничего не удержано 2 мес. подряд (2026-10,"
                                + " 2026-11); третий месяц без удержаний влечёт временное ограничение на выезд из"
                                + " Республики Казахстан и внесение в единый реестр должников (ст. 33, 36 Закона) —"
                                + " сообщите судебному исполнителю причину (ст. 100 Закона)");
        // C1, suspended in May and June, is not counted as unperformed
        said.forEach((m, lines) -> {
            if (m.compareTo("2026-11") > 0) {
                assertThat(lines).as(m).isEmpty();
            }
        });
    }

    /** Three months in a row without withholding: the ban is due, and the warning says so. */
    @Test
    void atTheThirdMonthTheWarningSaysTheBanIsDue() throws IOException {
        Year year = new Year(temp.resolve("ban"));
        Files.createDirectories(temp.resolve("ban"));
        String ban = temp.resolve("ban/db").toString();
        assertThat(ustau(
                                LocalDateTime.parse("2026-10-01T09:00"),
                                "writs",
                                "import",
                                year.writs().toString(),
                                "--db",
                                ban)
                        .exit())
                .isZero();
        String said = "";
        for (int n = 1; n <= 3; n++) {
            YearMonth m = Year.month(n);
            Path out = temp.resolve("ban/" + m);
            Result r = ustau(
                    "month",
                    "close",
                    "--db",
                    ban,
                    "--period",
                    m.toString(),
                    "--employer",
                    EMPLOYER,
                    "--out",
                    out.toString(),
                    "--tables",
                    year.tables().toString(),
                    "--payroll",
                    // D is never hired here: December is the third month without withholding
                    year.payroll(n, t -> t.replaceAll("(?m)^T04,.*\\n", ""), "no-d-")
                            .toString(),
                    "--now",
                    Year.closedAt(m),
                    "--lang",
                    "ru");
            assertThat(r.exit()).as(r.err()).isZero();
            said = r.err();
        }
        assertThat(said)
                .contains("документ D1: с должника 850101****01 ничего не удержано 3 мес. подряд (2026-10,"
                        + " 2026-11, 2026-12): документ не исполняется, должнику грозит временное ограничение на выезд и"
                        + " внесение в единый реестр должников (ст. 33, 36 Закона)");
    }

    /**
     * A writ that arrives is answered (RULES §9.1 [A]): {@code writs import} proposes for each new one — not employed
     * when the debtor is not in the last stored payroll, a duplicate of a writ already executed in the same case,
     * accepted otherwise — and {@code writs answer} writes the letter and records the answer.
     */
    @Test
    void aWritForSomeoneNotInThePayrollGetsANotEmployedAnswerProposed() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("answers"));
        Year year = new Year(dir);
        String answers = dir.resolve("db").toString();
        Result first = ustau(
                LocalDateTime.parse("2026-10-01T09:00"),
                "writs",
                "import",
                year.writs().toString(),
                "--db",
                answers,
                "--lang",
                "ru");
        assertThat(first.exit()).isZero();
        // no payroll yet: nothing to check the debtors against, said once, not guessed writ by writ
        assertThat(first.out().lines().skip(1).toList())
                .containsExactly(
                        "новых документов: 5; в учёте ещё нет ведомости, чтобы проверить должников — ответьте на"
                                + " каждый (ustau writs answer) до 05.10.2026 или после расчёта первого месяца, когда ответ"
                                + " будет предложен");
        Result closed = ustau(
                "month",
                "close",
                "--db",
                answers,
                "--period",
                "2026-10",
                "--employer",
                EMPLOYER,
                "--out",
                dir.resolve("2026-10").toString(),
                "--tables",
                year.tables().toString(),
                "--payroll",
                year.payroll(1).toString(),
                "--now",
                Year.closedAt(Year.month(1)));
        assertThat(closed.exit()).as(closed.err()).isZero();
        Path arrived = Files.writeString(
                dir.resolve("arrived.csv"),
                Year.WRIT_HEADER
                        // a debtor who is not an employee
                        + "N1,870101300019,CHILD_SUPPORT,1/4,,,1,2026-09,,,Иванова Ольга Николаевна,830228436119,"
                        + "KZ957220000000000002,CASPKZKA,Жеке сот орындаушысы Тұрсынов А.Б.,N1-26,2-N1/26,2026-09-15\n"
                        // B1 again, sent a second time under another number
                        + "B1X,910228322104,CHILD_SUPPORT,1/3,,,2,2023-05,,,Иванова Ольга Николаевна,830228436119,"
                        + "KZ957220000000000002,CASPKZKA,Жеке сот орындаушысы Тұрсынов А.Б.,B1-23,2-B1/23,2023-05-10\n"
                        // a new writ on T03, who works here
                        + "C2,930711444106,OTHER,,,,,2026-11,,50000.00,Иванова Ольга Николаевна,830228436119,"
                        + "KZ957220000000000002,CASPKZKA,Жеке сот орындаушысы Тұрсынов А.Б.,C2-26,2-C2/26,2026-10-20\n");
        Result imported = ustau(
                LocalDateTime.parse("2026-11-06T10:00"),
                "writs",
                "import",
                arrived.toString(),
                "--db",
                answers,
                "--lang",
                "ru");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().lines().toList())
                .containsExactly(
                        arrived + ": добавлено 3, изменено 0, без изменений 0",
                        "документ N1: предлагаемый ответ — возвращён: должник не работает (ведомость 10.2026);"
                                + " составить: ustau writs answer N1 --as not-employed --db … --employer … --out …;"
                                + " срок — 09.11.2026",
                        "документ B1X: предлагаемый ответ — возвращён: дублирует документ B1 (ведомость 10.2026);"
                                + " составить: ustau writs answer B1X --as duplicate --duplicate-of B1 --db …"
                                + " --employer … --out …; срок — 09.11.2026",
                        "документ C2: предлагаемый ответ — принят к исполнению (ведомость 10.2026); составить: ustau"
                                + " writs answer C2 --as accepted --db … --employer … --out …; срок — 09.11.2026");
        Path out = dir.resolve("letters");
        for (String writ : List.of("N1", "C2")) {
            Result answered = ustau(
                    LocalDateTime.parse("2026-11-06T15:00"),
                    "writs",
                    "answer",
                    writ,
                    "--db",
                    answers,
                    "--employer",
                    EMPLOYER,
                    "--out",
                    out.toString(),
                    "--now",
                    "2026-11-06T15:00");
            assertThat(answered.exit()).as(answered.err()).isZero();
        }
        for (String file : List.of("answer-N1-kk.pdf", "answer-N1-ru.pdf", "answer-N1-kk.docx", "answer-N1-ru.docx")) {
            Documents.assertSame(out.resolve(file), Path.of("src/test/resources/letters/" + file));
        }
        String accepted = String.join("", Documents.pdfPages(Files.readAllBytes(out.resolve("answer-C2-ru.pdf"))))
                .replaceAll("[\\s\u00A0]+", " ");
        // issue 22: dates in words; the letter says nothing of its own deadline
        assertThat(accepted)
                .contains("принят к исполнению", "начиная с ноября 2026 г.", "поступил 6 ноября 2026 г.")
                .doesNotContain("не позднее 09.11.2026");
        assertThat(ustau("writs", "show", "N1", "--db", answers).out())
                .contains("Жауап жіберілді: қайтарылды: жұмыс істемейді")
                .doesNotContain("ANSWERED", "NOT_EMPLOYED");
        Result wrong = ustau(
                "writs",
                "answer",
                "N1",
                "--as",
                "fired",
                "--db",
                answers,
                "--employer",
                EMPLOYER,
                "--out",
                out.toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err())
                .as("said in the command's language (issue 20)")
                .contains(
                        "--as: «fired» мәні оқылмады, күтілгені: accepted, not-employed, dismissed, duplicate немесе mismatch");
    }

    /** The quarter's report to the bailiff: every writ he sent, and the totals are the ledger's. */
    @Test
    void theQuarterlyReportToTheBailiffAddsUpToTheLedger() throws IOException {
        Path out = temp.resolve("report");
        Result r = ustau(
                "report",
                "bailiffs",
                "--from",
                "2027-01",
                "--to",
                "2027-03",
                "--db",
                db,
                "--employer",
                EMPLOYER,
                "--out",
                out.toString(),
                "--now",
                NOW,
                "--lang",
                "ru");
        assertThat(r.exit()).as(r.err()).isZero();
        String stem = "report-Жеке_сот_орындаушысы_Тұрсынов_А_Б_";
        assertThat(r.out().lines().toList())
                .containsExactly(
                        "судебных исполнителей: 1, период 2027-01 — 2027-03:",
                        out.resolve(stem + "-kk.pdf").toString(),
                        out.resolve(stem + "-kk.docx").toString(),
                        out.resolve(stem + "-ru.pdf").toString(),
                        out.resolve(stem + "-ru.docx").toString());
        BigDecimal withheld = BigDecimal.ZERO;
        BigDecimal transferred = BigDecimal.ZERO;
        for (String writ : List.of("A1", "B1", "B2", "C1", "D1")) {
            for (String[] l : history(writ).values()) {
                if (l[0].compareTo("2027-01") >= 0 && l[0].compareTo("2027-03") <= 0) {
                    withheld = withheld.add(new BigDecimal(l[5]));
                    transferred = transferred.add(new BigDecimal(l[7]));
                }
            }
        }
        String text = String.join("", Documents.pdfPages(Files.readAllBytes(out.resolve(stem + "-ru.pdf"))))
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Исполнительных документов 5", "Удержано всего " + grouped(withheld) + " тенге")
                .contains("Перечислено взыскателям " + grouped(transferred) + " тенге")
                // D left in March: not in September's payroll, named from March's
                .contains("Жұмабеков Нұрлан Серікұлы, ИИН 850101333001");
        for (String lang : List.of("kk", "ru")) {
            for (String ext : List.of("pdf", "docx")) {
                String file = stem + "-" + lang + "." + ext;
                Documents.assertSame(
                        out.resolve(file), Path.of("src/test/resources/letters/report-Tursynov-" + lang + "." + ext));
            }
        }
    }

    @Test
    void anUnknownWritIsRefusedInTheUsersLanguage() {
        Result r = ustau(
                "writs",
                "statement",
                "NOPE",
                "--from",
                "2026-10",
                "--to",
                "2026-12",
                "--db",
                db,
                "--employer",
                EMPLOYER,
                "--out",
                temp.resolve("x").toString(),
                "--lang",
                "ru");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("в реестре нет исполнительного документа NOPE");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    static String grouped(BigDecimal amount) {
        String plain = amount.setScale(2).toPlainString();
        String whole = plain.substring(0, plain.indexOf('.'));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(whole.charAt(i));
        }
        return sb + "," + plain.substring(plain.indexOf('.') + 1);
    }
}
