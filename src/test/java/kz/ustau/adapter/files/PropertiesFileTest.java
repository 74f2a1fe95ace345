package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.ustau.app.Problems;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mapping files as the accountant writes them, and as {@code mapping init} drafts them (issue 15). */
class PropertiesFileTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "layout = long  # the kinds in a column | layout | long",
                "pay_date = next-month:5  # check: a date, next-month:DAY | pay_date | next-month:5",
                "layout = long # | layout | long",
                "sheet = #2 | sheet | #2", // a sheet by its number keeps its #
                "sheet = Ведомость #2 | sheet | Ведомость #2", // no space after #: part of the name
                "kind.Оклад по дням = SALARY   # оклад | kind.Оклад по дням | SALARY",
                "period = title	#	tab | period | title"
            })
    void aCommentAfterAValueIsNotTheValue(String line, String key, String value) throws Exception {
        Path file = temp.resolve("m.properties");
        Files.writeString(file, "# a mapping\n" + line + "\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Map<String, Cell> cells =
                PropertiesFile.readLines(file, "m.properties", problems).orElseThrow();
        assertThat(problems.all()).isEmpty();
        assertThat(cells).containsOnlyKeys(key);
        assertThat(cells.get(key).raw()).isEqualTo(value);
        assertThat(cells.get(key).row()).isEqualTo(2);
    }
}
