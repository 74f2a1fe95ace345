package kz.ustau.domain.payment;

import static kz.ustau.domain.Fixtures.debtor;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES §8: the purpose text, and how it is shortened. */
class PaymentPurposeTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void alimonyNamesTheMonthTheWritAndTheActualPayer() {
        assertThat(PaymentPurpose.of(writ("E1").number("2-E1/24").build(), debtor(), MARCH))
                .isEqualTo("Алименты за 03.2026 по исп. листу № 2-E1/24 от 15.01.2024, дело № 02-E1-2024, удержано из"
                        + " заработной платы должника: Сейтқали Е. Б., ИИН 880514312008");
    }

    @Test
    void otherWritsAndTheSpecialAccount() {
        assertThat(PaymentPurpose.of(
                        writ("B").kind("OTHER").debt("1.00").number("2-7/25").build(), debtor(), MARCH))
                .isEqualTo(
                        "Удержание по исп. документу № 2-7/25 от 15.01.2024, дело № 02-B-2024, должник: Сейтқали Е. Б.,"
                                + " ИИН 880514312008");
        assertThat(PaymentPurpose.of(writ("S").special().build(), debtor(), MARCH))
                .endsWith("(на специальный счет)");
    }

    @Test
    void withoutAWritNumberTheCaseNumberIsCitedOnce() {
        assertThat(PaymentPurpose.of(writ("N").number(null).build(), debtor(), MARCH))
                .startsWith("Алименты за 03.2026 по исп. листу № 02-N-2024 от 15.01.2024, удержано");
    }

    @ParameterizedTest(name = "at most {0} characters")
    @ValueSource(ints = {210, 160, 140, 120})
    void tooLongDropsTheCaseNumberThenTheDateNeverThePayer(int max) {
        String longNumber = "2-" + "1234567890".repeat(4) + "/24";
        String text = PaymentPurpose.of(writ("L").number(longNumber).build(), debtor(), MARCH, max);
        assertThat(text.length()).isLessThanOrEqualTo(max);
        assertThat(text).startsWith("Алименты за 03.2026").endsWith("Сейтқали Е. Б., ИИН 880514312008");
    }

    @Test
    void aCorrectionSaysSoAndStaysWithinTheLimit() {
        String longNumber = "2-" + "1234567890".repeat(6) + "/24";
        String text = PaymentPurpose.correction(writ("L").number(longNumber).build(), debtor(), MARCH);
        assertThat(text)
                .startsWith("Доплата (корректировка): Алименты за 03.2026")
                .endsWith("ИИН 880514312008");
        assertThat(text.length()).isLessThanOrEqualTo(PaymentPurpose.MAX);
    }

    @Test
    void theShorteningIsInOrder() {
        String full = PaymentPurpose.of(writ("E1").build(), debtor(), MARCH);
        String noCase = PaymentPurpose.of(writ("E1").build(), debtor(), MARCH, full.length() - 1);
        assertThat(noCase).doesNotContain("дело №").contains("от 15.01.2024");
        String noDate = PaymentPurpose.of(writ("E1").build(), debtor(), MARCH, noCase.length() - 1);
        assertThat(noDate).doesNotContain("от 15.01.2024").contains("№ 2-100/24");
    }

    @Test
    void piecesBreakBetweenWordsSoTheIinStaysWhole() {
        String text = PaymentPurpose.of(writ("E1").build(), debtor(), MARCH);
        List<String> pieces = PaymentPurpose.pieces(text, 62, 70, "/:-");
        assertThat(String.join(" ", pieces)).isEqualTo(text);
        assertThat(String.join("", pieces)).contains("880514312008");
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(70));
        assertThat(pieces.get(0).length()).isLessThanOrEqualTo(62);
        assertThat(pieces).anySatisfy(p -> assertThat(p).contains("ИИН 880514312008"));
        assertThat(pieces).allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ИИН 880514312008 | 12 | 'ИИН,880514312008'", // the IIN goes whole to the next piece
                "Петров А. Н. ИИН 880514312008 | 20 | 'Петров А. Н.,ИИН 880514312008'", // with its label
                "a b | 10 | 'a b'",
                "a b c | 3 | 'a b,c'", // the break takes a space's place
                "ab /cd | 4 | 'ab /,cd'", // MT100: no piece starts with '/'
                "abcdefghij | 4 | 'abcd,efgh,ij'" // only a word longer than a piece is cut
            })
    void piecesTable(String text, int width, String expected) {
        assertThat(PaymentPurpose.pieces(text, width, width, "/:-")).containsExactly(expected.split(","));
    }

    /** Any text of words no longer than a piece: the pieces are the text, none too long, no word cut. */
    @Property
    void noWordIsEverCut(
            @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 12) @AlphaChars @NumericChars String> words,
            @ForAll @IntRange(min = 12, max = 80) int first,
            @ForAll @IntRange(min = 12, max = 80) int next) {
        String text = String.join(" ", words);
        List<String> pieces = PaymentPurpose.pieces(text, first, next, "");
        assertThat(String.join(" ", pieces)).isEqualTo(text);
        assertThat(pieces.get(0).length()).isLessThanOrEqualTo(first);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Math.max(first, next)));
        List<String> again = new java.util.ArrayList<>();
        for (String p : pieces) {
            again.addAll(List.of(p.strip().split(" ")));
        }
        assertThat(again.stream().filter(w -> !w.isEmpty()).toList())
                .isEqualTo(words.stream().filter(w -> !w.isEmpty()).toList());
    }
}
