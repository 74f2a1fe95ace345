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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "поручение 1 (документ W01, 98283.75): срок 2026-11-09, просрочка 23 дн.; на сегодня 2260.53 (ст. 171(1) Кодекса «О браке (супружестве) и семье»)"
                        + "|поручение 1 (документ W01, 98 283,75 ₸): срок 09.11.2026, просрочка 23 дн.; на сегодня 2 260,53 ₸ (ст. 171(1) Кодекса «О браке (супружестве) и семье»)",
                "2026-10: должников 14, платёжных поручений 15 на 1296826.83 тенге; записано в /tmp/m/2026-10"
                        + "|10.2026: должников 14, платёжных поручений 15 на 1 296 826,83 тенге; записано в /tmp/m/2026-10",
                "1c-svod-2026-10.xlsx[Свод]: пропущено строк: 4|1c-svod-2026-10.xlsx[Свод]: пропущено строк: 4",
                "документ W17: у должника 940420****01 нет строк в ведомости 2026-10;"
                        + "|документ W17: у должника 940420****01 нет строк в ведомости 10.2026;",
                "0,1 % в день; ст. 95(1); 1/4 заработка|0,1 % в день; ст. 95(1); 1/4 заработка",
                "payroll.csv:16:amount: 420 00,00|payroll.csv:16:amount: 420 00,00"
            })
    void messagesShowAmountsDatesAndMonthsForPeopleAndLeaveFileNamesAlone(String message, String shown) {
        assertThat(PeopleFormat.text(message).replace('\u00A0', ' ')).isEqualTo(shown);
    }
}
