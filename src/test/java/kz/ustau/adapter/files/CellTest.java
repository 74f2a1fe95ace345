package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kz.ustau.adapter.files.Cell.Need;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Problems;
import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells as CONTRACT §3 reads them. */
class CellTest {
    private static Cell cell(String raw) {
        return new Cell("payroll.csv", 7, "Сумма", raw);
    }

    private static String problemCode(Problems problems) {
        try {
            problems.throwIfAny();
            return "";
        } catch (InvalidInputException e) {
            return e.problems().get(0).code();
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "150000.00|150000.00",
                "150000,5|150000.50",
                "1 234 567,89|1234567.89",
                "1\u00A0234\u00A0567.89|1234567.89",
                "1\u202F234|1234.00",
                "-500|-500.00",
                "0|0.00",
                "007|7.00"
            })
    void readsAmountsAsAccountantsWriteThem(String raw, String expected) {
        Problems p = new Problems();
        assertThat(cell(raw).amount(p, Need.REQUIRED)).contains(Tenge.of(expected));
        assertThat(p.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1e5|amount.not-a-number",
                "+5|amount.not-a-number",
                ".5|amount.not-a-number",
                "5.|amount.not-a-number",
                "=SUM(A1:A3)|amount.not-a-number",
                "12,3,4|amount.not-a-number",
                "1 23 456|amount.not-a-number",
                "1234 567|amount.not-a-number",
                "10.005|amount.too-many-decimals",
                "abc|amount.not-a-number",
                "''|cell.required"
            })
    void refusesWhatIsNotAnAmount(String raw, String code) {
        Problems p = new Problems();
        assertThat(cell(raw).amount(p, Need.REQUIRED)).isEmpty();
        assertThat(problemCode(p)).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"2026-03-06, 2026-03-06", "06.03.2026, 2026-03-06", "29.02.2024, 2024-02-29"})
    void readsBothDateForms(String raw, LocalDate expected) {
        assertThat(cell(raw).date(new Problems(), Need.REQUIRED)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "2026-02-30, date.no-such-day",
        "6.3.2026, date.bad",
        "2026/03/06, date.bad",
        "29.02.2026, date.no-such-day"
    })
    void refusesWhatIsNotADate(String raw, String code) {
        Problems p = new Problems();
        assertThat(cell(raw).date(p, Need.REQUIRED)).isEmpty();
        assertThat(problemCode(p)).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"2026-03, 2026-03", "03.2026, 2026-03"})
    void readsBothPeriodForms(String raw, YearMonth expected) {
        assertThat(cell(raw).period(new Problems(), Need.REQUIRED)).contains(expected);
    }

    @Test
    void aBlankOptionalCellIsNoProblem() {
        Problems p = new Problems();
        assertThat(cell("").amount(p, Need.OPTIONAL)).isEmpty();
        assertThat(cell("").date(p, Need.OPTIONAL)).isEmpty();
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void anIinIsNeverEchoedInFull() throws Exception {
        Problems p = new Problems();
        assertThat(cell("880514312009").idNumber(p, Need.REQUIRED)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(p::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).found()).isEqualTo("880514****09");
                    assertThat(e.problems().get(0).message(java.util.Locale.ENGLISH))
                            .isEqualTo("payroll.csv:7:Сумма: the IIN/BIN check digit is wrong: found \"880514****09\","
                                    + " expected an IIN/BIN whose 12th digit is its check digit [iin.bad-checksum]");
                });
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "600101300004|",
                "60010130000|iin.shape",
                "6001013000040|iin.shape",
                "60010130000a|iin.shape",
                "６00101300004|iin.shape",
                "600101300005|iin.bad-checksum"
            })
    void anIinIsTwelveAsciiDigitsWithItsCheckDigit(String raw, String code) {
        Problems p = new Problems();
        assertThat(cell(raw).idNumber(p, Need.REQUIRED).isPresent()).isEqualTo(code == null);
        assertThat(problemCode(p)).isEqualTo(code == null ? "" : code);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"KZ86 125K ZT50 0410 0100, KZ86125KZT5004100100", "kz86125kzt5004100100, KZ86125KZT5004100100"})
    void ibansMayBeSpacedOrLowerCase(String raw, String expected) {
        assertThat(cell(raw).iban(new Problems(), Need.REQUIRED).orElseThrow().value())
                .isEqualTo(expected);
    }
}
