package kz.ustau.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {
    @ParameterizedTest(name = "{0}/{1} of {2} = {3}")
    @CsvSource({
        "1, 4, 329775.00, 82443.75",
        "1, 3, 300000.00, 100000.00",
        "1, 2, 210000.01, 105000.00",
        "1, 3, 100.00, 33.33",
        "2, 3, 100.00, 66.66",
        "1, 1, 0.01, 0.01",
        "1, 4, 0.00, 0.00"
    })
    void aShareOfTheBaseIsRoundedDownToTheTiyn(int n, int d, String base, String expected) {
        assertThat(new Share(n, d).of(Tenge.of(base), Rounding.SHARE)).isEqualTo(Tenge.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"0, 4", "5, 4", "1, 0", "-1, 2"})
    void refusesWhatIsNotAShare(int n, int d) {
        assertThatThrownBy(() -> new Share(n, d))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(n + "/" + d);
    }
}
