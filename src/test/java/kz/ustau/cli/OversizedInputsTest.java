package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file that is not what it says — one line of megabytes where a CSV line is a few hundred characters, a settings
 * file of megabytes — is an input problem (exit 3) naming the file and line, never a heap exhausted by building that
 * line: under {@code -Xmx256m} a 100 MB line ran out of memory before (the bench in README runs such files).
 */
class OversizedInputsTest {
    @TempDir
    Path temp;

    /** Two million characters with an IIN at the start: over the 256 Ki-character line limit. */
    static final String LONG = "880514312008 " + "x".repeat(2_000_000);

    /** A quote opened and never closed, then two hundred short lines: one record over the multi-line limit. */
    static final String UNCLOSED = "T9,\"880514312008 " + "abc\n".repeat(200);

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of(
                        "canonical payroll, a data line", "--payroll", "payroll.csv", 3L, "file.line-too-long", LONG),
                Arguments.of(
                        "canonical payroll, the header line",
                        "--payroll",
                        "payroll.csv",
                        1L,
                        "file.line-too-long",
                        LONG),
                Arguments.of("writs", "--writs", "writs.csv", 2L, "file.line-too-long", LONG),
                Arguments.of(
                        "a payroll export through a mapping",
                        "--mapping",
                        "export.csv",
                        5L,
                        "file.line-too-long",
                        LONG),
                Arguments.of("a reference table", "--tables", "mrp.csv", 2L, "file.line-too-long", LONG),
                Arguments.of("employer.properties", "--employer", "employer.properties", 1L, "file.too-large", LONG),
                Arguments.of(
                        "canonical payroll, a quote never closed",
                        "--payroll",
                        "payroll.csv",
                        3L,
                        "file.unreadable",
                        UNCLOSED),
                Arguments.of("writs, a quote never closed", "--writs", "writs.csv", 2L, "file.unreadable", UNCLOSED),
                Arguments.of(
                        "an export, a quote never closed",
                        "--mapping",
                        "export.csv",
                        5L,
                        "file.unreadable",
                        UNCLOSED.replace(',', ';')),
                Arguments.of(
                        "an export, a quote never closed over 18 M characters (FastCSV's own limit)",
                        "--mapping",
                        "export.csv",
                        5L,
                        "file.unreadable",
                        "T9;\"" + ("я".repeat(200_000) + "\n").repeat(90)),
                Arguments.of(
                        "a reference table, a quote never closed",
                        "--tables",
                        "mrp.csv",
                        2L,
                        "file.unreadable",
                        UNCLOSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isRefusedWithTheFileAndLine(String name, String option, String file, long line, String code, String text)
            throws IOException {
        Path e1 = MainTest.E1;
        Path payroll = e1.resolve("payroll.csv");
        Path writs = e1.resolve("writs.csv");
        Path employer = MainTest.CASES.resolve("employer.properties");
        List<String> extra = new ArrayList<>();
        Path bad = temp.resolve(file);
        switch (option) {
            case "--payroll" -> {
                List<String> lines = new ArrayList<>(Files.readAllLines(payroll));
                lines.add(line == 1 ? 0 : 2, text);
                if (line == 1) {
                    lines.remove(1);
                }
                Files.write(bad, lines);
                payroll = bad;
            }
            case "--writs" -> {
                List<String> lines = new ArrayList<>(Files.readAllLines(writs));
                lines.add(1, text);
                Files.write(bad, lines);
                writs = bad;
            }
            case "--mapping" -> {
                String export = "Ведомость за октябрь 2026\n\nТаб. №;Сотрудник;ИИН;Вид расчета;Дата выплаты;Сумма\n"
                        + "T1;Сейтқали Ерлан;880514312008;Оклад;05.11.2026;300 000,00\n" + text + "\n";
                Files.writeString(bad, export);
                Path mapping = temp.resolve("mapping.properties");
                // no delimiter given: the first lines are read to guess it, and the long line is among them
                Files.writeString(
                        mapping,
                        "header.row = 3\nlayout = long\nperiod = title\ncolumn.employee_id = Таб. №\n"
                                + "column.full_name = Сотрудник\ncolumn.iin = ИИН\ncolumn.kind = Вид расчета\n"
                                + "column.pay_date = Дата выплаты\ncolumn.amount = Сумма\nkind.Оклад = SALARY\n",
                        StandardCharsets.UTF_8);
                payroll = bad;
                extra.addAll(List.of("--mapping", mapping.toString()));
                line = 5;
            }
            case "--tables" -> {
                Path dir = Files.createDirectories(temp.resolve("tables"));
                Files.writeString(dir.resolve("mrp.csv"), "valid_from,mrp,pm,mzp\n" + text + "\n");
                bad = dir.resolve("mrp.csv");
                extra.addAll(List.of("--tables", dir.toString()));
            }
            case "--employer" -> {
                Files.writeString(bad, "# " + text + "\n");
                employer = bad;
            }
            default -> throw new IllegalArgumentException(option);
        }
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--payroll",
                payroll.toString(),
                "--writs",
                writs.toString(),
                "--employer",
                employer.toString(),
                "--out",
                temp.resolve("out").toString(),
                "--lang",
                "en"));
        args.addAll(extra);
        MainTest.Result r = MainTest.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err())
                .containsPattern(
                        java.util.regex.Pattern.quote(bad.toString() + ":" + line + ":-: ") + ".*\\[" + code + "]");
        assertThat(r.err()).doesNotContain("880514312008").doesNotContainPattern("\\{\\d}");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
