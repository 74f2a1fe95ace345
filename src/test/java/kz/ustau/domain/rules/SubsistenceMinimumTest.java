package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsistenceMinimumTest {
    @ParameterizedTest(name = "base {0}, protected {1}, PM {2} -> {3}")
    @CsvSource({
        "180000.00, 45000.00, 50851.00, 84149.00", // E5
        "60000.00, 0.00, 50851.00, 9149.00", // E6
        "40000.00, 0.00, 50851.00, 0.00",
        "100000.00, 60000.00, 50851.00, 0.00"
    })
    void nonProtectedWritsTakeOnlyAboveTheMinimum(String base, String taken, String pm, String room) {
        assertThat(SubsistenceMinimum.room(kzt(base), kzt(taken), kzt(pm))).isEqualTo(kzt(room));
    }
}
