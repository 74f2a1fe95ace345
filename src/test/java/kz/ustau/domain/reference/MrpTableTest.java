package kz.ustau.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.ustau.domain.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrpTableTest {
    private final MrpTable table = Fixtures.TABLES.mrp();

    @ParameterizedTest(name = "{0}: MRP {1}, PM {2}")
    @CsvSource({
        "2026-01-01, 4325.00, 50851.00",
        "2026-12-31, 4325.00, 50851.00",
        "2025-12-01, 3932.00, 46228.00",
        "2024-05-20, 3692.00, 43407.00",
        "2022-03-31, 3063.00, 36018.00",
        "2022-04-01, 3180.00, 37389.00", // RULES §4: 3 180 for alimony from 1 April 2022
        "2020-04-01, 2778.00, 32668.00",
        "2015-01-01, 1982.00, 21364.00"
    })
    void theRowInForceOnADate(LocalDate date, String mrp, String pm) {
        assertThat(table.on(date).mrp().plain()).isEqualTo(mrp);
        assertThat(table.on(date).pm().plain()).isEqualTo(pm);
    }

    @ParameterizedTest
    @CsvSource({"2027-01-01, 2027", "2014-12-31, 2014"})
    void aDateOutsideTheTableNamesTheRowToAdd(LocalDate date, int year) {
        assertThat(table.covers(date)).isFalse();
        assertThatThrownBy(() -> table.on(date))
                .isInstanceOf(OutsideTableException.class)
                .hasMessage("no MRP for " + date + ": add the " + year + " row to mrp.csv");
    }
}
