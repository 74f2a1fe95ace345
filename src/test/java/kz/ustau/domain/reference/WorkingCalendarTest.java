package kz.ustau.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.ustau.domain.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = Fixtures.TABLES.calendar();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2026-03-06, true", // Friday
        "2026-03-07, false", // Saturday
        "2026-03-09, false", // 8 March fell on Sunday
        "2026-03-10, true",
        "2025-01-05, true", // a working Sunday
        "2025-01-03, false", // transferred day off
        "2026-12-16, false",
        "2027-01-04, false"
    })
    void knowsKazakhWorkingDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-21, 2026-03-26", "2026-03-06, 2026-03-06", "2026-12-31, 2026-12-31"})
    void movesToTheNextWorkingDay(LocalDate date, LocalDate expected) {
        assertThat(calendar.workingDayOnOrAfter(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2028-01-03", "2023-06-01"})
    void refusesAYearItDoesNotCover(LocalDate date) {
        assertThat(calendar.covers(date)).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(date))
                .isInstanceOf(OutsideTableException.class)
                .hasMessageContaining("add the " + date.getYear() + " rows to calendar.csv");
    }
}
