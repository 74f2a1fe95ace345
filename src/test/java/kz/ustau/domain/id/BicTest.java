package kz.ustau.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicTest {
    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "HSBKKZKX, true",
        "CASPKZKA, true",
        "HSBKKZKX001, true",
        "HSBKRUKX, false",
        "HSBKKZK, false",
        "HSBKKZKX01, false",
        "hsbkkzkx, false",
        "1SBKKZKX, false"
    })
    void checksTheShape(String text, boolean valid) {
        assertThat(Bic.isValid(text)).isEqualTo(valid);
    }
}
