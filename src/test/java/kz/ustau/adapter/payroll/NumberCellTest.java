package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook's number cells read the short way (issue 21) give what {@code BigDecimal} gives: the plain text of the
 * value (their amounts then go through {@code Cell.plainAmount}, tested in {@code PlainAmountPropertiesTest}).
 */
class NumberCellTest {
    @ParameterizedTest
    @CsvSource({
        "475000,475000",
        "475000.5,475000.5",
        "-12.30,-12.30",
        "0,0",
        "0.25,0.25",
        "-0,0",
        "-0.00,0.00",
        "007,7",
        "1E5,100000",
        "4.75E5,475000",
        ".5,0.5",
        "+5,5",
        "5.,5"
    })
    void theValueAsPlainText(String cell, String plain) {
        assertThat(TableCell.plainNumber(cell)).isEqualTo(plain);
    }

    @Property
    void plainTextAsBigDecimalPrintsIt(@ForAll("numbers") String cell) {
        assertThat(TableCell.plainNumber(cell)).isEqualTo(new BigDecimal(cell).toPlainString());
    }

    /** What Excel and 1C write in {@code <v>}: digits, a sign, a point, an exponent, in any mix BigDecimal reads. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(18);
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.just("."),
                Arbitraries.strings()
                        .withChars("0123456789")
                        .ofMinLength(1)
                        .ofMaxLength(6)
                        .map(f -> "." + f));
        Arbitrary<String> exponent = Arbitraries.of("", "", "", "E2", "E-3", "e+1");
        return net.jqwik.api.Combinators.combine(sign, digits, fraction, exponent)
                .as((s, d, f, e) -> s + d + f + e);
    }
}
