package kz.ustau.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TengeTest {
    @Test
    void holdsScaleTwoAndRefusesPartsOfATiyn() {
        assertThat(Tenge.of("5").plain()).isEqualTo("5.00");
        assertThat(Tenge.of("5.1")).isEqualTo(Tenge.of("5.10"));
        assertThatThrownBy(() -> Tenge.of("1.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.005");
    }

    @ParameterizedTest(name = "{0} rounded {1} = {2}")
    @CsvSource({
        "105000.005, DOWN, 105000.00",
        "35143.5536, HALF_UP, 35143.55",
        "0.005, HALF_UP, 0.01",
        "0.004, HALF_UP, 0.00",
        "99.999, DOWN, 99.99"
    })
    void roundsOnlyThroughTheOneDoor(String exact, RoundingMode mode, String expected) {
        assertThat(Tenge.rounded(new BigDecimal(exact), mode)).isEqualTo(Tenge.of(expected));
    }

    @ParameterizedTest(name = "{0} split {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "150000.00 | 100000.00 75000.00 | 85714.29 64285.71",
                "0.01 | 1.00 1.00 | 0.01 0.00",
                "0.02 | 1.00 1.00 1.00 | 0.01 0.01 0.00",
                "100.00 | 1.00 1.00 1.00 | 33.34 33.33 33.33",
                "10.00 | 0.00 5.00 | 0.00 10.00"
            })
    void allocatesByLargestRemainderTiesToTheEarlierPart(String total, String weights, String expected) {
        List<Tenge> parts = Tenge.of(total).allocate(tenge(weights));
        assertThat(parts).containsExactlyElementsOf(tenge(expected));
    }

    @Test
    void refusesImpossibleSplits() {
        assertThatThrownBy(() -> Tenge.of("-1").allocate(List.of(Tenge.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tenge.of("1").allocate(List.of(Tenge.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tenge.of("1").allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticAndComparisons() {
        Tenge a = Tenge.of("10.50");
        Tenge b = Tenge.of("3.25");
        assertThat(a.plus(b)).isEqualTo(Tenge.of("13.75"));
        assertThat(b.minus(a).atLeastZero()).isEqualTo(Tenge.ZERO);
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(a.tiyn()).isEqualTo(1050);
        assertThat(Tenge.ofTiyn(1)).isEqualTo(Tenge.of("0.01"));
        assertThat(a.toString()).isEqualTo("10.50 KZT");
        assertThat(Tenge.sum(List.of(a, b, a))).isEqualTo(Tenge.of("24.25"));
    }

    static List<Tenge> tenge(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(Tenge::of).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0,00",
                "5.5|5,50",
                "999.99|999,99",
                "1000|1 000,00",
                "1234567.89|1 234 567,89",
                "-0.05|-0,05",
                "-100000|-100 000,00"
            })
    void groupedAsPeopleWriteIt(String plain, String shown) {
        assertThat(Tenge.of(plain).grouped(' ')).isEqualTo(shown);
    }
}
