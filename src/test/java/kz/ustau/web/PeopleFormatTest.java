package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts and dates on the page as issue 8 asks: {@code 1 234 567,89 ₸}, {@code dd.MM.yyyy}. */
class PeopleFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234567.89|1 234 567,89 ₸",
                "0|0,00 ₸",
                "999.5|999,50 ₸",
                "1000|1 000,00 ₸",
                "100000|100 000,00 ₸",
                "-25000.01|−25 000,01 ₸"
            })
    void moneyIsGroupedWithNoBreakSpacesAndACommaBeforeTheTiyn(String amount, String shown) {
        assertThat(PeopleFormat.money(Tenge.of(amount))).isEqualTo(shown.replace(' ', '\u00A0'));
    }

    @Test
    void datesAndMonthsAreDayFirst() {
        assertThat(PeopleFormat.date(LocalDate.of(2026, 11, 5))).isEqualTo("05.11.2026");
        assertThat(PeopleFormat.month(YearMonth.of(2026, 1))).isEqualTo("01.2026");
    }
}
