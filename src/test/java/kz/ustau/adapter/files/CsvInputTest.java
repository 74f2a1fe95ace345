package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.ustau.app.Problems;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical inputs' CSV reading (CONTRACT §3, issue 21) on real files: each record with the physical line it
 * starts on, cells stripped, blank lines passed over, quoted line breaks inside a record up to {@link
 * CsvInput#MULTILINE_LIMIT} lines; a quote never closed, a record over that many lines, text after a closing quote and
 * a cell beyond the header refused with the line and an excerpt whose IINs are masked.
 */
class CsvInputTest {
    @TempDir
    Path temp;

    /** Records as {@code line:a=..|b=..}, problems as {@code line:column:code:found}. */
    private List<String> read(String text, Charset charset) throws IOException {
        Path file = temp.resolve("payroll.csv");
        Files.write(file, text.getBytes(charset));
        List<String> out = new ArrayList<>();
        Problems problems = new Problems();
        Optional<CsvInput> opened = CsvInput.open(
                file, "payroll.csv", Optional.of(charset), List.of("a", "b"), List.of(), problems, w -> {});
        if (opened.isPresent()) {
            try (CsvInput in = opened.get()) {
                Optional<CsvInput.Row> row;
                while ((row = in.next(problems)).isPresent()) {
                    out.add(row.get().line() + ":" + row.get().get("a") + "|"
                            + row.get().get("b"));
                }
            }
        }
        problems.all().forEach(p -> out.add(p.row() + ":" + p.column() + ":" + p.code() + ":" + p.found()));
        return out;
    }

    static Stream<Arguments> files() {
        String twenty = "x\n".repeat(19) + "x";
        String twentyOne = "x\n".repeat(20) + "x";
        return Stream.of(
                Arguments.of("plain, cells stripped", "a,b\n 1 , 2\n3,4\n", List.of("2:1|2", "3:3|4")),
                Arguments.of("semicolons from the header", "A ; B\n1;2\n", List.of("2:1|2")),
                Arguments.of("CRLF and a lone CR", "a,b\r\n1,2\r3,4\r\n", List.of("2:1|2", "3:3|4")),
                Arguments.of("blank lines passed over", "a,b\n\n1,2\n   \n3,4\n", List.of("3:1|2", "5:3|4")),
                Arguments.of(
                        "a quoted line break: the next record's line counts it",
                        "a,b\n\"x\ny\",2\n3,4\n",
                        List.of("2:x\ny|2", "4:3|4")),
                Arguments.of("a quoted quote", "a,b\n\"say \"\"hi\"\"\",2\n", List.of("2:say \"hi\"|2")),
                Arguments.of(
                        "20 lines in one record is an address",
                        "a,b\n\"" + twenty + "\",2\n3,4\n",
                        List.of("2:" + twenty + "|2", "22:3|4")),
                Arguments.of(
                        "21 lines in one record is a quote never closed",
                        "a,b\n1,2\n\"" + twentyOne + "\",2\n3,4\n",
                        List.of("2:1|2", "3:-:file.unreadable:\"x…")),
                Arguments.of(
                        "a quote never closed to the end of the file: the last record is read, and the file refused",
                        "a,b\n1,2\n3,\"880514312008 and on\n",
                        List.of("2:1|2", "3:3|880514312008 and on", "3:-:file.unreadable:\"880514****08 and on…")),
                Arguments.of("a quote closed at the very end", "a,b\n1,\"2\"", List.of("2:1|2")),
                Arguments.of(
                        "text after a closing quote",
                        "a,b\n1,2\n\"3\"x,4\n",
                        List.of("2:1|2", "3:-:file.unreadable:\"3\"x,4…")),
                Arguments.of(
                        "a cell beyond the header is reported, the record kept",
                        "a,b\n1,2,extra\n",
                        List.of("2:1|2", "2:-:row.extra-cell:extra")),
                Arguments.of("a short record reads empty cells", "a,b\n1\n", List.of("2:1|")),
                Arguments.of("a header without b", "a,c\n1,2\n", List.of("1:b:header.missing:a,c")),
                Arguments.of(
                        "a line over the limit",
                        "a,b\n1," + "9".repeat(LineLimit.CHARS + 1) + "\n",
                        List.of("2:-:file.line-too-long:1," + "9".repeat(38) + "…")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsOrRefuses(String name, String text, List<String> expected) throws IOException {
        assertThat(read(text, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}, windows-1251")
    @MethodSource("files")
    void readsTheSameInWindows1251(String name, String text, List<String> expected) throws IOException {
        assertThat(read(text, Charset.forName("windows-1251"))).containsExactlyElementsOf(expected);
    }
}
