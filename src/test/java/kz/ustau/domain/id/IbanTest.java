package kz.ustau.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {
    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "KZ86125KZT5004100100, true", // the national registry's example (identifiers.md)
        "KZ90601A100000000001, true",
        "KZ487220000000123456, true",
        "KZ39601B000000000777, true",
        "KZ87125KZT5004100100, false",
        "KZ12345, false",
        "RU86125KZT5004100100, false",
        "KZ86125kzt5004100100, false",
        "KZ8612AKZT5004100100, false"
    })
    void checksShapeAndMod97(String text, boolean valid) {
        assertThat(Iban.isValid(text)).isEqualTo(valid);
    }

    @Test
    void knowsItsBankCode() {
        assertThat(new Iban("KZ487220000000123456").bankCode()).isEqualTo("722");
    }
}
