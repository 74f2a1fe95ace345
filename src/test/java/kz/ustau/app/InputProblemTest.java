package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InputProblemTest {
    @Test
    void aMessageIsAlwaysOneLineAndShort() {
        InputProblem p =
                InputProblem.of("p.csv", 4, "full_name", "cell.required", "Иванов\r\nСергей\tx" + "я".repeat(500));
        String m = p.message(Locale.ENGLISH);
        assertThat(m)
                .doesNotContain("\n", "\r", "\t")
                .contains("Иванов⏎Сергей x")
                .endsWith("[cell.required]");
        assertThat(m.length()).isLessThan(320);
    }

    @Test
    void messagesExistInEveryLanguage() {
        InputProblem p = InputProblem.of("p.csv", 2, "iin", "iin.bad-checksum", "880514****09");
        assertThat(p.message(Messages.KAZAKH))
                .isEqualTo("p.csv:2:iin: ЖСН/БСН бақылау цифры қате: берілгені «880514****09»,"
                        + " күтілгені: 12-цифры бақылау цифры болатын ЖСН/БСН [iin.bad-checksum]");
        assertThat(p.message(Messages.RUSSIAN))
                .isEqualTo("p.csv:2:iin: неверная контрольная цифра ИИН/БИН: указано"
                        + " «880514****09», ожидалось: ИИН/БИН с верной 12-й контрольной цифрой [iin.bad-checksum]");
    }

    @Test
    void anIinIsMaskedInWhateverColumnItWasFound() {
        // the columns shifted: an IIN read as the amount
        InputProblem p = InputProblem.of("p.csv", 7, "amount", "amount.not-a-number", "860814315854 Мұқанов");
        assertThat(p.message(Messages.RUSSIAN))
                .contains("«860814****54 Мұқанов»")
                .doesNotContain("860814315854");
    }
}
