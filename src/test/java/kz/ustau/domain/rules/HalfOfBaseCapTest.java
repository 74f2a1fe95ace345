package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfOfBaseCapTest {
    @ParameterizedTest(name = "half of {0} = {1}")
    @CsvSource({"329775.00, 164887.50", "210000.01, 105000.00", "0.01, 0.00", "0.00, 0.00", "300000.00, 150000.00"})
    void halfOfTheBaseRoundedDown(String base, String cap) {
        assertThat(HalfOfBaseCap.of(kzt(base))).isEqualTo(kzt(cap));
    }
}
