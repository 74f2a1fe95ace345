package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import kz.ustau.cli.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1C's «Свод начислений и удержаний» as it comes month after month (issue 15), made from the sample's October svod
 * with POI: a «К выплате» column of formulas saved without their values, which no mapping reads; and a month with no
 * overtime and no material aid, exported once with those columns empty and once without them, as 1C does. One preset
 * reads them all, and the deductions are the canonical payroll's.
 */
class SvodMonthsTest {
    static final Path SVOD = Path.of("sample-payroll/1c-svod-2026-10.xlsx");
    /** Columns of the sample svod: H «Сверхурочные», K «Мат. помощь», U the first one after the table. */
    static final int OVERTIME = 7, MATERIAL_AID = 10, AFTER = 20;
    /** The header's last row and the first and last data rows of the sample svod (0-based). */
    static final int HEADER = 5, FIRST = 6;

    @TempDir
    Path temp;

    record Run(int exit, String stderr, Path out) {}

    private Run run(Path payroll, String mapping, String... extra) throws Exception {
        Path out = temp.resolve("out-" + payroll.getFileName() + "-" + (mapping == null ? 0 : mapping.hashCode()));
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("run", "--payroll", payroll.toString()));
        if (mapping != null) {
            args.addAll(List.of("--mapping", mapping));
        }
        args.addAll(List.of(
                "--writs",
                "sample-payroll/writs.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                out.toString(),
                "--now",
                "2026-11-02T09:00",
                "--lang",
                "ru"));
        int exit = Main.execute(
                args.toArray(String[]::new),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY));
        return new Run(exit, err.toString(), out);
    }

    private Path variant(String name, Consumer<XSSFSheet> change) throws Exception {
        Path file = temp.resolve(name);
        try (InputStream in = Files.newInputStream(SVOD);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.accept(book.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    private static boolean employeeRow(Row row) {
        Cell id = row.getCell(0);
        return row.getRowNum() >= FIRST && id != null && id.getStringCellValue().matches("T\\d+");
    }

    private static String deductions(Run run) throws Exception {
        assertThat(run.exit()).as(run.stderr()).isZero();
        return Files.readString(run.out().resolve("deductions.csv"));
    }

    @Test
    void aFormulaColumnWithoutSavedValuesThatNoMappingReadsChangesNothing() throws Exception {
        Path svod = variant("svod-with-formulas.xlsx", sheet -> {
            sheet.getRow(HEADER).createCell(AFTER).setCellValue("К выплате");
            for (Row row : sheet) {
                if (employeeRow(row)) {
                    int r = row.getRowNum() + 1;
                    // written by a report generator: the formula, no cached result
                    row.createCell(AFTER).setCellFormula("F" + r + "+G" + r + "-M" + r + "-N" + r + "-O" + r);
                }
            }
        });
        String canonical = Files.readString(
                run(Path.of("sample-payroll/payroll.csv"), null).out().resolve("deductions.csv"));
        Run preset = run(svod, "preset:1c-svod");
        assertThat(deductions(preset)).isEqualTo(canonical);
        assertThat(preset.stderr()).contains("К выплате»");
        assertThat(kz.ustau.cases.Warned.codes(preset.out()))
                .contains("payroll.unread-cells")
                .doesNotContain("xlsx.formula-without-value");

        // a mapping that lists it in ignore reads it the same way
        Path mapping = temp.resolve("svod.properties");
        try (InputStream in = getClass().getResourceAsStream("/kz/ustau/mapping/1c-svod.properties")) {
            Files.writeString(
                    mapping,
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            + "\nignore = К выплате  # a formula column, not income\n");
        }
        assertThat(deductions(run(svod, mapping.toString()))).isEqualTo(canonical);
    }

    @Test
    void aMappedFormulaWithoutItsValueIsStillRefused() throws Exception {
        Path svod = variant("svod-salary-formula.xlsx", sheet -> {
            for (Row row : sheet) {
                if (employeeRow(row) && row.getRowNum() == FIRST) {
                    row.removeCell(row.getCell(5));
                    row.createCell(5).setCellFormula("475000"); // a new cell: no cached value
                }
            }
        });
        Run run = run(svod, "preset:1c-svod");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.stderr()).contains(":7:Начислено / Оклад").contains("[xlsx.formula-without-value]");
    }

    @Test
    void aMonthWithoutTwoAccrualColumnsReadsAsTheSameMonthWithThemEmpty() throws Exception {
        Consumer<XSSFSheet> noOvertimeNoAid = sheet -> {
            for (Row row : sheet) {
                if (employeeRow(row) || row.getRowNum() > FIRST) {
                    for (int col : List.of(OVERTIME, MATERIAL_AID)) {
                        Cell c = row.getCell(col);
                        if (c != null) {
                            row.removeCell(c);
                        }
                    }
                }
            }
        };
        Path empty = variant("svod-11-empty.xlsx", noOvertimeNoAid);
        Path without = variant("svod-11-without.xlsx", sheet -> {
            noOvertimeNoAid.accept(sheet);
            // 1C leaves the columns out: the higher one first, so the lower one's index stays true
            for (int col : List.of(MATERIAL_AID, OVERTIME)) {
                for (Row row : sheet) {
                    Cell c = row.getCell(col);
                    if (c != null) {
                        row.removeCell(c);
                    }
                }
                sheet.shiftColumns(col + 1, AFTER, -1);
            }
        });
        Run withEmpty = run(empty, "preset:1c-svod");
        Run withoutThem = run(without, "preset:1c-svod");
        assertThat(deductions(withoutThem)).isEqualTo(deductions(withEmpty));
        // and both are the canonical payroll of that month: October's lines without overtime and material aid
        Path canonical = temp.resolve("payroll-11.csv");
        Files.write(
                canonical,
                Files.readAllLines(Path.of("sample-payroll/payroll.csv")).stream()
                        .filter(l -> !l.contains(",OVERTIME,") && !l.contains(",MATERIAL_AID,"))
                        .toList());
        assertThat(deductions(withoutThem)).isEqualTo(deductions(run(canonical, null)));
        assertThat(withoutThem.stderr()).contains("«Сверхурочные»", "OVERTIME", "«Мат. помощь»", "MATERIAL_AID");
        assertThat(kz.ustau.cases.Warned.codes(withoutThem.out())).contains("payroll.code-column-missing");
        assertThat(kz.ustau.cases.Warned.codes(withEmpty.out())).doesNotContain("payroll.code-column-missing");
        // an identity column missing stays an error
        Path noIin = variant(
                "svod-no-iin.xlsx", sheet -> sheet.getRow(HEADER - 1).getCell(2).setCellValue("ЖСН?"));
        Run refused = run(noIin, "preset:1c-svod", "--period", "2026-10");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.stderr()).contains("[header.missing]");
        assertThat(refused.stderr()).doesNotContain("period.no-lines");
    }

    /** A mapping that cannot be used reads no line: its errors, and no month to name after them. */
    @Test
    void aBrokenMappingIsNotFollowedByAMonthWithoutLines() throws Exception {
        Path mapping = temp.resolve("broken.properties");
        Files.writeString(mapping, "layout = sideways  # neither wide nor long\nheader.row = 6\n");
        Run refused = run(SVOD, mapping.toString(), "--period", "2026-10");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.stderr()).contains("[value.not-one-of]").doesNotContain("period.no-lines");
        // and as the accountant runs it, in a JVM of its own
        String second = secondJvm(
                "run",
                "--payroll",
                SVOD.toString(),
                "--mapping",
                mapping.toString(),
                "--writs",
                "sample-payroll/writs.csv",
                "--employer",
                "sample-payroll/employer.properties",
                "--out",
                temp.resolve("second").toString(),
                "--period",
                "2026-10");
        assertThat(second).contains("[value.not-one-of]").doesNotContain("period.no-lines");
    }

    /** The command line in a JVM of its own; what it printed. */
    private static String secondJvm(String... args) throws Exception {
        Process p = kz.ustau.cases.SampleRuns.secondJvm(List.of(), args).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(3);
        return out;
    }
}
