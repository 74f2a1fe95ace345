package kz.ustau.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.ustau.domain.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryTermTest {
    @ParameterizedTest(name = "paid {0} ({1}) -> due {2}")
    @CsvSource({
        "2026-03-06, CALENDAR, 2026-03-10", // E1: +3 = Mon 9 March, a holiday
        "2026-03-02, CALENDAR, 2026-03-05",
        "2026-03-05, CALENDAR, 2026-03-10", // Sunday 8th, holiday 9th
        "2026-03-20, CALENDAR, 2026-03-26", // Nauryz 23-25
        "2026-12-30, CALENDAR, 2027-01-05", // into the next year: 2 Jan is Saturday, 4 Jan off
        "2026-03-06, WORKING, 2026-03-12",
        "2026-03-20, WORKING, 2026-03-30",
        "2025-01-02, WORKING, 2025-01-08" // 3rd off, 5th a working Sunday, 7th off
    })
    void transferDeadline(LocalDate payDate, Settings.DayCount count, LocalDate due) {
        assertThat(TransferDeadline.due(payDate, count, Fixtures.TABLES.calendar()))
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "paid {0} -> value date {1}")
    @CsvSource({"2026-03-06, 2026-03-06", "2026-03-07, 2026-03-10", "2026-05-09, 2026-05-12"})
    void valueDateIsTheNextWorkingDay(LocalDate payDate, LocalDate value) {
        assertThat(TransferDeadline.valueDate(payDate, Fixtures.TABLES.calendar()))
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "paid {0}, written {1} -> value date {2}")
    @CsvSource({
        "2026-03-06, 2026-03-05, 2026-03-06", // written before pay day: the pay date
        "2026-03-06, 2026-03-06, 2026-03-06",
        "2026-03-06, 2026-03-09, 2026-03-10", // written late: that day, 9 March a holiday -> 10 March
        "2026-10-30, 2026-11-02, 2026-11-02", // the sample: never 30.10 on an order dated 02.11 (RULES §7)
        "2026-03-07, 2026-03-04, 2026-03-10", // pay date a Saturday: the next working day
        "2026-05-08, 2026-05-09, 2026-05-12" // written on Victory Day: the next working day
    })
    void valueDateIsNeverBeforeTheOrderIsWritten(LocalDate payDate, LocalDate writtenOn, LocalDate value) {
        LocalDate date = TransferDeadline.valueDate(payDate, writtenOn, Fixtures.TABLES.calendar());
        assertThat(date).isEqualTo(value).isAfterOrEqualTo(writtenOn).isAfterOrEqualTo(payDate);
    }

    @ParameterizedTest(name = "dismissed {0} -> notify by {1}")
    @CsvSource({"2026-03-31, 2026-04-03", "2026-05-08, 2026-05-12"})
    void dismissalNoticeWithinThreeDays(LocalDate dismissal, LocalDate due) {
        assertThat(DismissalDeadline.due(dismissal, Settings.DayCount.CALENDAR, Fixtures.TABLES.calendar()))
                .isEqualTo(due);
    }
}
