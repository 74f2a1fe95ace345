package kz.ustau.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §9.1 (Law arts. 33, 36): months in a row without withholding, newest first, and what they call for. */
class UnperformedWritTest {
    @ParameterizedTest(name = "{0} -> {1} months, {2}")
    @CsvSource({
        "'', 0, NONE",
        "Y, 0, NONE",
        "N, 1, NONE",
        "N Y N N, 1, NONE",
        "N N, 2, WARNING",
        "N N Y, 2, WARNING",
        "N N N, 3, BAN",
        "N N N N Y, 4, BAN",
        "Y N N N, 0, NONE"
    })
    void countsBackToTheLastMonthWithheld(String months, int inARow, UnperformedWrit.Risk risk) {
        List<Boolean> withheld = months.isBlank()
                ? List.of()
                : Arrays.stream(months.split(" ")).map(m -> m.equals("Y")).collect(Collectors.toList());
        assertThat(UnperformedWrit.monthsInARow(withheld)).isEqualTo(inARow);
        assertThat(UnperformedWrit.risk(inARow)).isEqualTo(risk);
    }
}
