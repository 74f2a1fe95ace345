package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.ustau.adapter.files.TextEncoding;
import kz.ustau.app.Problems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An export's CSV table (issue 4): RFC 4180 as 1C and Excel write it, each row with the physical line it starts on,
 * cells stripped; a quote never closed, text after a closing quote, an over-long cell and too many rows refused with
 * the line and an excerpt whose IINs are masked.
 */
class CsvTableTest {
    @TempDir
    Path temp;

    record Read(List<String> rows, List<String> problems) {}

    /** Rows as {@code line:cell|cell}, problems as {@code line:column:code:found}. */
    static Read read(Path file, String text, Charset charset, long maxRows) throws IOException {
        Files.write(file, text.getBytes(charset));
        List<String> rows = new ArrayList<>();
        Problems problems = new Problems();
        new CsvTable(file, "export.csv", Optional.of(charset), Optional.of(';'), maxRows)
                .read(
                        (line, cells) -> rows.add(line + ":"
                                + String.join(
                                        "|", cells.stream().map(TableCell::text).toList())),
                        problems);
        return new Read(
                rows,
                problems.all().stream()
                        .map(p -> p.row() + ":" + p.column() + ":" + p.code() + ":" + p.found())
                        .toList());
    }

    static Stream<Arguments> dialect() {
        return Stream.of(
                Arguments.of("plain", "a;b\nc;d\n", List.of("1:a|b", "2:c|d")),
                Arguments.of("no final line break", "a;b\nc;d", List.of("1:a|b", "2:c|d")),
                Arguments.of("CRLF and a lone CR", "a;b\r\nc;d\re;f\r\n", List.of("1:a|b", "2:c|d", "3:e|f")),
                Arguments.of("a blank line stays a row", "Ведомость\n\nx;y\n", List.of("1:Ведомость", "2:", "3:x|y")),
                Arguments.of("cells stripped", "  a ; \tb\t\n", List.of("1:a|b")),
                Arguments.of(
                        "a quoted cell over lines keeps the line it starts on",
                        "Таб. №;\"Дата\nвыплаты\";Сумма\nT1;05.11.2026;1\n",
                        List.of("1:Таб. №|Дата\nвыплаты|Сумма", "3:T1|05.11.2026|1")),
                Arguments.of(
                        "doubled quotes and the delimiter inside quotes",
                        "\"ТОО \"\"Пример\"\"\";\"1;2\"\n",
                        List.of("1:ТОО \"Пример\"|1;2")),
                Arguments.of(
                        "a quote inside an unquoted cell is text", "ТОО \"Пример\";1\n", List.of("1:ТОО \"Пример\"|1")),
                Arguments.of("an empty quoted last cell", "a;\"\"\n", List.of("1:a|")),
                Arguments.of("a quoted last cell, no line break after", "a;\"350 000,00\"", List.of("1:a|350 000,00")),
                Arguments.of("a quoted last cell ending in a doubled quote", "a;\"x\"\"\"\n", List.of("1:a|x\"")),
                Arguments.of("a quoted last cell ending in the delimiter", "a;\"x;\"\r\n", List.of("1:a|x;")),
                Arguments.of("a quoted last cell ending in a line break", "a;\"x\n\"\n\n", List.of("1:a|x", "3:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialect")
    void readsTheDialectAsExcelAnd1CWriteIt(String name, String text, List<String> rows) throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_1251)) {
            Read r = read(temp.resolve("export.csv"), text, charset, 100);
            assertThat(r.problems()).as(charset.name()).isEmpty();
            assertThat(r.rows()).as(charset.name()).containsExactlyElementsOf(rows);
        }
    }

    static Stream<Arguments> refused() {
        String head = "Таб. №;Сотрудник;ИИН;Сумма\n";
        return Stream.of(
                Arguments.of(
                        "a quote never closed, to the end of the file",
                        head + "T1;\"Сейтқали;880514312008;1\n",
                        1,
                        "2:-:file.unreadable:\"Сейтқали;880514****08;1…"),
                Arguments.of(
                        "a quote never closed, no line break at the end",
                        head + "T1;Сейтқали;880514312008;\"1",
                        1,
                        "2:-:file.unreadable:\"1…"),
                Arguments.of(
                        "a quote never closed after a doubled quote",
                        head + "T1;Сейтқали;880514312008;\"1\"\"",
                        1,
                        "2:-:file.unreadable:\"1"),
                Arguments.of(
                        "text after a closing quote",
                        head + "T1;\"Сейтқали\" Ерлан;880514312008;1\n",
                        1,
                        // the line as the file has it, not the parser's English
                        "2:-:file.unreadable:T1;\"Сейтқали\" Ерлан;880514****08;1…"),
                Arguments.of(
                        "a cell over 32,767 characters, IIN masked",
                        head + "T1;880514312008 " + "я".repeat(40_000) + ";880514312008;1\n",
                        1,
                        "2:B:table.cell-too-long:880514****08 " + "я".repeat(27) + "…"),
                Arguments.of("too many rows", head + "T1;a;b;1\nT2;a;b;1\n", 0, "3:-:table.too-many-rows:3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithTheLineAndAMaskedExcerpt(String name, String text, int rowsBefore, String problem)
            throws IOException {
        Read r = read(temp.resolve("export.csv"), text, StandardCharsets.UTF_8, rowsBefore == 0 ? 2 : 100);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0)).startsWith(problem);
        assertThat(r.problems().get(0)).doesNotContain("880514312008");
        assertThat(r.rows()).hasSizeGreaterThanOrEqualTo(1);
    }

    /** Whatever a CSV writer quotes (delimiters, quotes, line breaks, spaces), the table reads back, stripped. */
    @Property(tries = 300)
    void readsBackWhatAWriterWrote(@ForAll("tables") List<List<String>> table) {
        StringWriter text = new StringWriter();
        try (CSVWriter writer = new CSVWriter(text, ';', '"', '"', "\r\n")) {
            table.forEach(row -> writer.writeNext(row.toArray(String[]::new), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Read r;
        Path file = null;
        try {
            // jqwik runs properties outside JUnit's @TempDir
            file = Files.createTempFile("ustau-csv-table", ".csv");
            r = read(file, text.toString(), StandardCharsets.UTF_8, 1_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        assertThat(r.problems()).isEmpty();
        List<String> cells = r.rows().stream()
                .map(row -> row.substring(row.indexOf(':') + 1))
                .toList();
        assertThat(cells)
                .containsExactlyElementsOf(table.stream()
                        .map(row ->
                                String.join("|", row.stream().map(String::strip).toList()))
                        .toList());
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings()
                .withChars("аәб ;\"\n\r\t1,ҚИ")
                .ofMaxLength(12)
                // a row of one empty cell is a blank line, which a writer cannot tell from none
                .filter(s -> !s.isEmpty());
        return cell.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
    }
}
