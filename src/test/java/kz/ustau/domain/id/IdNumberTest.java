package kz.ustau.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {
    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "061211600012, true", // identifiers.md: first pass 10, second pass 2
        "961141000023, true", // a BIN from identifiers.md
        "880514312008, true",
        "900303460005, true",
        "123456789012, false",
        "880514312009, false",
        "88051431200, false",
        "8805143120080, false",
        "88051431200A, false",
        "'', false"
    })
    void checksTheTwoPassCheckDigit(String text, boolean valid) {
        assertThat(IdNumber.isValid(text)).isEqualTo(valid);
        assertThat(IdNumber.parse(text))
                .isEqualTo(valid ? java.util.Optional.of(new IdNumber(text)) : java.util.Optional.empty());
    }

    @ParameterizedTest(name = "{0}: a BIN {1}")
    @CsvSource({
        "961141000023, true", // identifiers.md: digit 5 = 4, a resident legal entity
        "970540000018, true", // 5, a non-resident legal entity
        "020360000002, true", // 6, a joint individual entrepreneur
        "880514312008, false", // an IIN: digit 5 is the first of the day of birth
        "900303460005, false",
        "061211600012, false"
    })
    void aBinIsKnownByItsFifthDigit(String digits, boolean bin) {
        assertThat(new IdNumber(digits).isBin()).isEqualTo(bin);
    }

    @ParameterizedTest
    @CsvSource({"880514312008, 880514****08", "12345, *****"})
    void masksForLogsAndMessages(String text, String masked) {
        assertThat(IdNumber.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Сейтқали;880514312008;Оклад | Сейтқали;880514****08;Оклад",
                "880514312008 | 880514****08",
                "\"T001,860814315854,Мұқанов | \"T001,860814****54,Мұқанов",
                "ИИН880514312008 | ИИН880514****08",
                "two: 880514312008, 860814315854. | two: 880514****08, 860814****54.",
                // not an IIN: eleven or thirteen digits, the digits of an IBAN the accountant must see
                "88051431200 | 88051431200",
                "8805143120081 | 8805143120081",
                "KZ00601B000000000777 | KZ00601B000000000777"
            })
    void masksEveryIinInAText(String text, String masked) {
        assertThat(IdNumber.maskAll(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"880514312008"})
    void neverPrintsItselfInFull(String text) {
        assertThat(new IdNumber(text).toString()).isEqualTo("880514****08").doesNotContain(text);
        assertThatThrownBy(() -> new IdNumber("880514312009"))
                .hasMessageContaining("880514****09")
                .hasMessageNotContaining("880514312009");
    }

    /** Any 11 digits with the check digit they call for make a valid number, and changing that digit breaks it. */
    @Property
    void generatedNumbersValidateAndAWrongCheckDigitDoesNot(
            @ForAll @LongRange(min = 0, max = 99_999_999_999L) long body,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String eleven = String.format("%011d", body);
        int check = IdNumber.checkDigit(eleven);
        if (check == 10) {
            assertThat(IdNumber.isValid(eleven + "0")).isFalse();
            return;
        }
        assertThat(IdNumber.isValid(eleven + check)).isTrue();
        assertThat(IdNumber.isValid(eleven + ((check + shift) % 10))).isFalse();
    }
}
