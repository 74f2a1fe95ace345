package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words after a number follow the language's plural rules (issue 22, ICU MessageFormat): Russian has one, few and
 * many forms chosen by the last digits, Kazakh keeps the noun as it is after any number.
 */
class PluralsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1    | ещё 1 ошибка не показана",
                "2    | ещё 2 ошибки не показаны",
                "4    | ещё 4 ошибки не показаны",
                "5    | ещё 5 ошибок не показаны",
                "11   | ещё 11 ошибок не показаны",
                "12   | ещё 12 ошибок не показаны",
                "21   | ещё 21 ошибка не показана",
                "22   | ещё 22 ошибки не показаны",
                "111  | ещё 111 ошибок не показаны",
                "5185 | ещё 5\u00A0185 ошибок не показаны"
            })
    void russianWordsFollowTheNumber(String n, String expected) {
        assertThat(Messages.text(Messages.RUSSIAN, "problem.input.more-problems", n))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1  | в 1 строке", "3  | в 3 строках", "21 | в 21 строке", "25 | в 25 строках"})
    void russianLinesInTheLocativeFollowTheNumber(String n, String expected) {
        assertThat(Messages.text(Messages.RUSSIAN, "warning.payroll.iin-leading-zeros", "payroll.csv", n, "2", "iin"))
                .startsWith("payroll.csv: " + expected + " ИИН");
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "5", "21"})
    void kazakhKeepsTheNounAfterAnyNumber(String n) {
        assertThat(Messages.text(Messages.KAZAKH, "problem.input.more-problems", n))
                .isEqualTo("тағы " + n + " қате көрсетілмеді");
    }

    @ParameterizedTest
    @CsvSource({"1, и ещё 1 такое предупреждение (всего 6)", "3, и ещё 3 таких предупреждения (всего 8)"})
    void theFoldedWarningsCountTheirKind(String n, String expected) {
        assertThat(Messages.text(Messages.RUSSIAN, "cli.warnings.folded", n, Integer.toString(Integer.parseInt(n) + 5)))
                .startsWith(expected);
    }
}
