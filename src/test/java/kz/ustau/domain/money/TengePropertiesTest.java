package kz.ustau.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TengePropertiesTest {
    /** The amount as people write it is the plain amount with its thousands grouped and a decimal comma, exactly. */
    @Property
    void groupedIsThePlainAmountWithThousandsGrouped(
            @ForAll @LongRange(min = -100_000_000_000_000L, max = 100_000_000_000_000L) long tiyn) {
        String plain = Tenge.ofTiyn(tiyn).plain();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = plain.substring(sign.length(), plain.indexOf('.'));
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, '\u00a0');
        }
        assertThat(Tenge.ofTiyn(tiyn).grouped('\u00a0'))
                .isEqualTo(sign + grouped + "," + plain.substring(plain.indexOf('.') + 1));
    }

    @Property
    void allocationAddsUpExactlyAndNeverGoesNegative(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalTiyn,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 1, max = 10_000_000_000L) Long> weightsTiyn) {
        Tenge total = Tenge.ofTiyn(totalTiyn);
        List<Tenge> parts =
                total.allocate(weightsTiyn.stream().map(Tenge::ofTiyn).toList());
        assertThat(Tenge.sum(parts)).isEqualTo(total);
        assertThat(parts).noneMatch(Tenge::isNegative);
    }

    @Property
    void eachPartIsWithinOneTiynOfItsExactShare(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalTiyn,
            @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 1, max = 10_000_000_000L) Long> weightsTiyn) {
        List<Tenge> parts = Tenge.ofTiyn(totalTiyn)
                .allocate(weightsTiyn.stream().map(Tenge::ofTiyn).toList());
        long weightSum = weightsTiyn.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < parts.size(); i++) {
            double exact = (double) totalTiyn * weightsTiyn.get(i) / weightSum;
            assertThat((double) parts.get(i).tiyn()).isBetween(Math.floor(exact) - 1, Math.ceil(exact) + 1);
        }
    }

    @Property
    void aShareRoundedDownNeverExceedsTheExactShare(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long baseTiyn,
            @ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 12) int extra) {
        Share share = new Share(n, n + extra - 1);
        Tenge part = share.of(Tenge.ofTiyn(baseTiyn), Rounding.SHARE);
        assertThat(part.tiyn() * share.denominator()).isLessThanOrEqualTo(baseTiyn * share.numerator());
        assertThat((part.tiyn() + 1) * share.denominator()).isGreaterThan(baseTiyn * share.numerator());
    }
}
