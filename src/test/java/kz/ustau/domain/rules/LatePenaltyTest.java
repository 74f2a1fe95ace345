package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatePenaltyTest {
    @ParameterizedTest(name = "{0} due {1}, on {2}: {3} days, {4}")
    @CsvSource({
        "82443.75, 2026-03-10, 2026-03-10, 0, 0.00",
        "82443.75, 2026-03-10, 2026-03-09, 0, 0.00",
        "82443.75, 2026-03-10, 2026-03-15, 5, 412.22",
        "100000.00, 2026-03-10, 2026-04-09, 30, 3000.00"
    })
    void zeroPointOnePercentADay(String amount, LocalDate due, LocalDate on, long days, String exposure) {
        assertThat(LatePenalty.daysLate(due, on)).isEqualTo(days);
        assertThat(LatePenalty.exposure(kzt(amount), due, on)).isEqualTo(kzt(exposure));
    }
}
