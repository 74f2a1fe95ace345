package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell reference's column, read for each of a workbook's millions of cells without a regular expression. */
class CellReferenceTest {
    @ParameterizedTest
    @CsvSource({
        "A1,0",
        "Z9,25",
        "AA10,26",
        "AB12,27",
        "XFD1048576,16383",
        "1,-1",
        "a1,-1",
        "AAAA1,-1",
        "A$1,-1",
        "'',-1"
    })
    void theColumnOfAReference(String ref, int column) {
        assertThat(TableRows.cellColumn(ref)).isEqualTo(column);
    }

    @Property
    void readsAsTheLettersOfTheReferenceWithoutItsDigits(@ForAll("references") String ref) {
        assertThat(TableRows.cellColumn(ref)).isEqualTo(TableRows.column(ref.replaceAll("\\d", "")));
    }

    @Provide
    Arbitrary<String> references() {
        return Arbitraries.strings().withChars("ABCXYZaz0189$ ").ofMinLength(0).ofMaxLength(7);
    }
}
