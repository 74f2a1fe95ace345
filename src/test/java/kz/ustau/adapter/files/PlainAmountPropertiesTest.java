package kz.ustau.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import kz.ustau.app.Problems;
import kz.ustau.domain.money.Tenge;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The amount reader's fast path (no regular expressions, for million-line exports) never reads a text differently
 * from the full CONTRACT §3 reading: what it accepts, the full reading accepts with the same value.
 */
class PlainAmountPropertiesTest {
    @Property(tries = 10000)
    void fastPathReadsAsTheFullReading(
            @ForAll @StringLength(max = 10) @Chars({'0', '1', '9', '-', '.', ',', ' ', '\u00A0', 'e', '+'})
                    String raw) {
        BigDecimal fast = Cell.plainAmount(raw);
        if (fast != null) {
            Optional<Tenge> full = new Cell("p.csv", 1, "A", raw).anyAmount(new Problems());
            assertThat(full).contains(new Tenge(fast));
        }
    }

    @Example
    void readsTheShapesOneCWrites() {
        assertThat(Cell.plainAmount("350 000,00")).isEqualByComparingTo("350000.00");
        assertThat(Cell.plainAmount("-1\u00A0234\u202F567.8")).isEqualByComparingTo("-1234567.8");
        assertThat(Cell.plainAmount("22225")).isEqualByComparingTo("22225");
        assertThat(Cell.plainAmount("1 23 456")).isNull();
        assertThat(Cell.plainAmount("1234 567")).isNull();
        assertThat(Cell.plainAmount("10.005")).isNull();
        assertThat(Cell.plainAmount(" 5")).isNull();
        assertThat(Cell.plainAmount("5.")).isNull();
        assertThat(Cell.plainAmount("")).isNull();
    }
}
