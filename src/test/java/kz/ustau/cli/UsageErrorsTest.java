package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 20: picocli's refusals in the user's language — Kazakh by default, Russian with {@code --lang ru} — as two
 * lines (what is wrong, the help to read), exit 2, not its English message and the whole usage.
 */
class UsageErrorsTest {
    @ParameterizedTest(name = "ustau {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "month run|ustau month run: мынаны беріңіз: --employer FILE, --out DIR|толығырақ: ustau month run --help",
                "month run --lang ru|ustau month run: не указано: --employer FILE, --out DIR|подробнее: ustau month run --help",
                "run --payroll p --writs w --employer e --out o --period 2026-13 --lang ru"
                        + "|--period: значение «2026-13» не читается, ожидалось: YYYY-MM или MM.YYYY|подробнее: ustau run --help",
                "run --payroll p --writs w --employer e --out o --bogus|ustau run: бұл команда мынаны білмейді: --bogus"
                        + "|толығырақ: ustau run --help",
                "run --payroll p --writs w --employer e --out o --first-number abc --lang ru"
                        + "|--first-number N: значение «abc» не читается|подробнее: ustau run --help",
                "run --payroll p --employer e --out o --lang ru|нужны исполнительные документы: укажите --writs FILE или"
                        + " --db DIR|подробнее: ustau run --help",
                "run --writs w --employer e --out o|ustau run: мынаны беріңіз: --payroll FILE|толығырақ: ustau run --help",
                "run --payroll p --writs w --employer e --out o --first-number 0 --lang ru|--first-number должен быть не"
                        + " меньше 1, указано 0|подробнее: ustau run --help",
                "report bailiffs --from 2026-10 --to 2026-09 --employer e --out o|--to 2026-09 айы --from 2026-10 айынан"
                        + " бұрын тұр|толығырақ: ustau report bailiffs --help",
                "writs answer W1 --as duplicate --employer e --out o --lang ru|для --as duplicate нужен --duplicate-of"
                        + " WRIT_ID: документ, который повторяет этот|подробнее: ustau writs answer --help",
                "run --payroll p --writs w --employer e --out o --lang=,|--lang үшін кемінде бір тіл керек: kk, ru"
                        + " немесе en|толығырақ: ustau run --help",
                "run --payroll p --writs w --employer e --out o --lang=|--lang: «» мәні оқылмады, күтілгені: kk, ru"
                        + " немесе en|толығырақ: ustau run --help",
                "''|ustau: команданы беріңіз: run, month, writs, report, mapping, serve, audit, users, help|толығырақ: ustau --help"
            })
    void aWrongCommandLineIsTwoLinesInTheUsersLanguage(String args, String what, String help) {
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                args.isEmpty() ? new String[0] : args.split(" "),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Clock.systemUTC());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly(what, help);
    }
}
