package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ustau.domain.money.Tenge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.00|ноль тенге 00 тиын",
                "1.01|один тенге 01 тиын",
                "21.50|двадцать один тенге 50 тиын",
                "1000.00|одна тысяча тенге 00 тиын",
                "2000.00|две тысячи тенге 00 тиын",
                "11000.00|одиннадцать тысяч тенге 00 тиын",
                "98283.75|девяносто восемь тысяч двести восемьдесят три тенге 75 тиын",
                "112345.00|сто двенадцать тысяч триста сорок пять тенге 00 тиын",
                "1000000.00|один миллион тенге 00 тиын",
                "2534001.09|два миллиона пятьсот тридцать четыре тысячи один тенге 09 тиын",
                "1450000.00|один миллион четыреста пятьдесят тысяч тенге 00 тиын"
            })
    void russian(String amount, String words) {
        assertThat(AmountInWords.ru(Tenge.of(amount))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.00|нөл теңге 00 тиын",
                "1.01|бір теңге 01 тиын",
                "40.00|қырық теңге 00 тиын",
                "1000.00|бір мың теңге 00 тиын",
                "98283.75|тоқсан сегіз мың екі жүз сексен үш теңге 75 тиын",
                "250600.00|екі жүз елу мың алты жүз теңге 00 тиын",
                "1450000.00|бір миллион төрт жүз елу мың теңге 00 тиын",
                "2534001.09|екі миллион бес жүз отыз төрт мың бір теңге 09 тиын"
            })
    void kazakh(String amount, String words) {
        assertThat(AmountInWords.kk(Tenge.of(amount))).isEqualTo(words);
    }
}
