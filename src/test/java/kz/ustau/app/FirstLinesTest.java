package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The employees' first lines kept in primitive arrays (issue 21): every difference found, and which field it is. */
class FirstLinesTest {
    static String[] line(int employee) {
        return new String[] {"88051431200" + employee % 10, "Сейтқали Ерлан " + employee, "", "", ""};
    }

    @Test
    void aHundredThousandEmployeesEachAgreeWithThemselvesAndTheTableGrows() {
        FirstLines first = new FirstLines();
        for (int round = 0; round < 2; round++) {
            for (int e = 0; e < 100_000; e++) {
                assertThat(first.compare("E" + e, e + 2, line(e))).isZero();
                assertThat(first.firstRow()).isEqualTo(e + 2);
            }
        }
        assertThat(first.size()).isEqualTo(100_000);
    }

    @ParameterizedTest(name = "field {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void aLineThatDiffersNamesTheFieldAndTheFirstRow(int field) {
        FirstLines first = new FirstLines();
        for (int e = 0; e < 1000; e++) {
            first.compare("E" + e, 10 + e, line(e));
        }
        String[] changed = line(500);
        changed[field] = changed[field] + "x";
        assertThat(first.compare("E500", 7000, changed)).isEqualTo(1 << field);
        assertThat(first.firstRow()).isEqualTo(510);
        assertThat(first.compare("E500", 7001, line(500))).isZero();
    }

    /** Whatever the lines, a line differs from the first exactly when a field does. */
    @Property
    void aDifferenceIsAlwaysFound(
            @ForAll @Size(min = 5, max = 5) List<@StringLength(max = 20) String> fields,
            @ForAll @IntRange(min = 0, max = 4) int changed,
            @ForAll @StringLength(min = 1, max = 5) String added) {
        FirstLines first = new FirstLines();
        String[] a = fields.toArray(String[]::new);
        String[] b = a.clone();
        b[changed] = b[changed] + added;
        assertThat(first.compare("E1", 2, a)).isZero();
        assertThat(first.compare("E1", 3, a)).isZero();
        int differ = first.compare("E1", 4, b);
        assertThat(differ).isNotZero();
        assertThat(Integer.bitCount(differ)).isEqualTo(1);
    }
}
