package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.ustau.app.Problems;
import kz.ustau.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ustau mapping init}: the draft recognises what it can, and a complete draft reads the export right. */
class MappingDraftTest {
    @TempDir
    Path temp;

    static int run(String... args) {
        return Main.execute(
                args,
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Clock.fixed(Instant.parse("2026-11-02T04:00:00Z"), Main.ALMATY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk-tabel-2026-10.xlsx, true", "1c-vedomost-2026-10.csv, false", "1c-svod-2026-10.xlsx, true"})
    void aDraftWithNothingLeftToFillReadsTheExportRight(String export, boolean wide) throws IOException {
        Path mapping = temp.resolve("m.properties");
        assertThat(run("mapping", "init", "sample-payroll/" + export, "--out", mapping.toString()))
                .isZero();
        String text = Files.readString(mapping);
        assertThat(text.lines().filter(l -> !l.startsWith("#"))).noneMatch(l -> l.contains("???"));
        assertThat(text).contains(wide ? "layout = wide" : "layout = long", "period = title");
        assertThat(run(
                        "run",
                        "--payroll",
                        "sample-payroll/" + export,
                        "--mapping",
                        mapping.toString(),
                        "--writs",
                        "sample-payroll/writs.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("a").toString(),
                        "--now",
                        "2026-11-02T09:00"))
                .isZero();
        assertThat(run(
                        "run",
                        "--payroll",
                        "sample-payroll/payroll.csv",
                        "--writs",
                        "sample-payroll/writs.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("b").toString(),
                        "--now",
                        "2026-11-02T09:00"))
                .isZero();
        assertThat(Files.readString(temp.resolve("a/deductions.csv")))
                .isEqualTo(Files.readString(temp.resolve("b/deductions.csv")));
    }

    @Test
    void theWideSvodIsRecognisedWithTwoHeaderRowsAndItsTotals() throws IOException {
        Problems problems = new Problems();
        var draft = MappingDraft.inspect(
                        Path.of("sample-payroll/1c-svod-2026-10.xlsx"),
                        "svod.xlsx",
                        Optional.empty(),
                        Optional.empty(),
                        problems)
                .orElseThrow();
        assertThat(draft.sheets()).containsExactly("Свод");
        assertThat(draft.headerRow()).isEqualTo(6);
        assertThat(draft.headerRows()).isEqualTo(2);
        assertThat(draft.wide()).isTrue();
        assertThat(draft.unrecognised()).isEmpty();
        assertThat(draft.mapping()).contains("code.OPVR = ОПВР", "code.OPV = ОПВ", "skip.1 = employee_id ~ ^Итого");
    }

    @Test
    void anExistingMappingIsNotOverwrittenWithoutForce() throws IOException {
        Path mapping = Files.writeString(temp.resolve("m.properties"), "mine");
        assertThat(run("mapping", "init", "sample-payroll/kk-tabel-2026-10.xlsx", "--out", mapping.toString()))
                .isEqualTo(2);
        assertThat(Files.readString(mapping)).isEqualTo("mine");
        assertThat(run("mapping", "presets")).isZero();
    }

    @Test
    void tellsWhatItFoundInTheAccountantsLanguageAndWritesTheMappingForItsOwnerOnly() throws IOException {
        Path mapping = temp.resolve("m.properties");
        StringWriter out = new StringWriter();
        int exit = Main.execute(
                new String[] {
                    "mapping",
                    "init",
                    "sample-payroll/1c-svod-2026-10.xlsx",
                    "--out",
                    mapping.toString(),
                    "--lang",
                    "ru"
                },
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                Clock.systemUTC());
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("листы: ", "заголовок: строки 5–6", "вид: широкий", "сопоставление записано: " + mapping);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(mapping)))
                .isEqualTo("rw-------");
        StringWriter kk = new StringWriter();
        StringWriter kkErr = new StringWriter();
        int again = Main.execute(
                new String[] {"mapping", "init", "sample-payroll/kk-tabel-2026-10.xlsx", "--out", mapping.toString()},
                new PrintWriter(kk),
                new PrintWriter(kkErr),
                Clock.systemUTC());
        // Kazakh by default; the mapping there is kept
        assertThat(again).isEqualTo(2);
        assertThat(kk.toString()).contains("тақырып: 4-жол", "пішімі: кең");
        assertThat(kkErr.toString()).contains(mapping + ": файл бар");
    }

    /** Issue 15: an instructions sheet first, the pay date only in the title: the draft finds both and runs. */
    @Test
    void theDraftPicksTheSheetWithTheTableAndThePayDateOfTheTitle() throws Exception {
        Path export = temp.resolve("svod-second-sheet.xlsx");
        try (var in = Files.newInputStream(Path.of("sample-payroll/1c-svod-2026-10.xlsx"));
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var svod = book.getSheetAt(0);
            svod.getRow(2).getCell(0).setCellValue("Дата выплаты: 05.11.2026");
            for (var row : svod) {
                var c = row.getCell(3); // D, «Дата выплаты»
                if (c != null) {
                    row.removeCell(c);
                }
            }
            var help = book.createSheet("Инструкция");
            help.createRow(0).createCell(0).setCellValue("Как заполнять свод");
            help.createRow(1).createCell(0).setCellValue("Сумма — в тенге");
            book.setSheetOrder("Инструкция", 0);
            try (var out = Files.newOutputStream(export)) {
                book.write(out);
            }
        }
        Path mapping = temp.resolve("second.properties");
        assertThat(run("mapping", "init", export.toString(), "--out", mapping.toString()))
                .isZero();
        String draft = Files.readString(mapping);
        assertThat(draft).contains("sheet = Свод", "pay_date = 2026-11-05");
        assertThat(draft.lines().filter(l -> !l.startsWith("#"))).noneMatch(l -> l.contains("???"));
        assertThat(run(
                        "run",
                        "--payroll",
                        export.toString(),
                        "--mapping",
                        mapping.toString(),
                        "--writs",
                        "sample-payroll/writs.csv",
                        "--employer",
                        "sample-payroll/employer.properties",
                        "--out",
                        temp.resolve("c").toString(),
                        "--now",
                        "2026-11-06T09:00"))
                .isZero();
    }

    /**
     * Issue 20: without {@code --out} the draft goes into the working folder, never beside the export (which may be a
     * shared or tracked folder), and the line says where. A second JVM started in a folder of its own.
     */
    @Test
    void aDraftWithoutOutGoesIntoTheWorkingFolder() throws Exception {
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path export =
                Files.copy(Path.of("sample-payroll/kk-tabel-2026-10.xlsx"), exports.resolve("kk-tabel-2026-10.xlsx"));
        Process p = kz.ustau.cases.SampleRuns.secondJvm(java.util.List.of(), "mapping", "init", export.toString())
                .directory(work.toFile())
                .start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(work.resolve("kk-tabel-2026-10.xlsx.mapping.properties")).exists();
        try (var beside = Files.list(exports)) {
            assertThat(beside).containsExactly(export);
        }
        assertThat(said).contains("kk-tabel-2026-10.xlsx.mapping.properties");
    }
}
