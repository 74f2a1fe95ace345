package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kz.ustau.domain.Fixtures;
import kz.ustau.domain.writ.Writ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WritDemandTest {
    private static WritDemand.Demand demand(Writ w, String period, String base) {
        return demand(w, period, base, Settings.DEFAULTS);
    }

    private static WritDemand.Demand demand(Writ w, String period, String base, Settings s) {
        return WritDemand.of(w, YearMonth.parse(period), kzt(base), Fixtures.TABLES.mrp(), s);
    }

    @ParameterizedTest(name = "8 MRP in {0} = {1}")
    @CsvSource({"2026-01, 34600.00", "2025-12, 31456.00", "2022-04, 25440.00", "2022-03, 24504.00"})
    void e4FixedMrpAtTheMrpOfThePeriod(String period, String expected) {
        Writ w = writ("E4")
                .kind("SPOUSE_SUPPORT")
                .noShare()
                .fixedMrp("8")
                .start("2020-01")
                .build();
        assertThat(demand(w, period, "125000.00").current()).isEqualTo(kzt(expected));
    }

    @Test
    void e7FixedTengeAlimonyIsIndexedToTheMrp() {
        Writ w = writ("E7").noShare().fixedKzt("30000.00").dated("2024-05-20").build();
        var d = demand(w, "2026-02", "160000.00");
        assertThat(d.current()).isEqualTo(kzt("35143.55"));
        assertThat(d.fixedPart().orElseThrow()).isInstanceOf(WritDemand.FixedPart.Indexed.class);
    }

    @ParameterizedTest(name = "indexed from {0}: {1}")
    @CsvSource({"2026-01-10, 30000.00", "2025-06-01, 32998.47", "2024-05-20, 35143.55"})
    void indexedFromOverridesTheWritDate(LocalDate from, String expected) {
        Writ w = writ("E7")
                .noShare()
                .fixedKzt("30000.00")
                .dated("2020-05-20")
                .indexedFrom(from)
                .build();
        assertThat(demand(w, "2026-02", "0.00").current()).isEqualTo(kzt(expected));
    }

    @Test
    void indexationCanBeSwitchedOffAndDoesNotApplyToOtherPeriodicWrits() {
        Settings off = new Settings(Settings.BaseTax.ALL, false, true, Settings.DayCount.CALENDAR, kzt("0"));
        Writ support =
                writ("S").noShare().fixedKzt("30000.00").dated("2024-05-20").build();
        Writ health = writ("H")
                .kind("HEALTH_DAMAGE")
                .noShare()
                .fixedKzt("30000.00")
                .dated("2024-05-20")
                .build();
        assertThat(demand(support, "2026-02", "0.00", off).current()).isEqualTo(kzt("30000.00"));
        assertThat(demand(health, "2026-02", "0.00").current()).isEqualTo(kzt("30000.00"));
    }

    @Test
    void shareAndFixedTogetherAreAdded() {
        Writ w = writ("SF").share(1, 4).fixedMrp("2").build();
        assertThat(demand(w, "2026-03", "100000.00").current()).isEqualTo(kzt("33650.00"));
    }

    @Test
    void debtDemandIsTheWholeDebtOrTheDebtShare() {
        Writ whole = writ("D").debt("400000.00").build();
        Writ limited = writ("D").debt("400000.00").debtShare(1, 10).build();
        Writ small = writ("D").debt("5000.00").debtShare(1, 10).build();
        assertThat(demand(whole, "2026-03", "210000.01").debtDemand()).isEqualTo(kzt("400000.00"));
        assertThat(demand(limited, "2026-03", "210000.01").debtDemand()).isEqualTo(kzt("21000.00"));
        assertThat(demand(small, "2026-03", "210000.01").debtDemand()).isEqualTo(kzt("5000.00"));
    }

    @ParameterizedTest(name = "{0}: share {1}, fixed {2}, debt {3} -> {4}")
    @CsvSource({
        "OTHER, 1/2, '', 1000000.00, 90000.00", // E5
        "OTHER, 1/2, '', 50000.00, 50000.00", // never more than the debt
        "OTHER, '', 10000.00, 1000000.00, 10000.00",
        "TAX, '', '', 70000.00, 70000.00", // no rate: the whole debt
        "LABOUR, 1/4, 5000.00, 1000000.00, 50000.00"
    })
    void otherWritsCollectTheirDebtAtTheMonthlyRate(
            String kind, String share, String fixed, String debt, String expected) {
        var b = writ("X").kind(kind).noShare().debt(debt);
        if (!share.isEmpty()) {
            b.share(Integer.parseInt(share.split("/")[0]), Integer.parseInt(share.split("/")[1]));
        }
        if (!fixed.isEmpty()) {
            b.fixedKzt(fixed);
        }
        var d = demand(b.build(), "2026-03", "180000.00");
        assertThat(d.status()).isEqualTo(WritDemand.Status.COLLECTING);
        assertThat(d.current()).isEqualTo(kzt("0.00"));
        assertThat(d.debtDemand()).isEqualTo(kzt(expected));
    }

    @ParameterizedTest(name = "{0}..{1} debt {2} in {3}: {4}")
    @CsvSource({
        "2024-01, '', 0.00, 2023-12, INACTIVE",
        "2024-01, '', 0.00, 2024-01, CURRENT",
        "2024-01, 2026-02, 0.00, 2026-03, INACTIVE",
        "2024-01, 2026-02, 100.00, 2026-03, DEBT_ONLY",
        "2024-01, 2026-03, 100.00, 2026-03, CURRENT"
    })
    void aWritIsActiveFromStartToEndAndAfterForItsDebt(
            String start, String end, String debt, String period, WritDemand.Status status) {
        var b = writ("P").start(start).debt(debt);
        if (!end.isEmpty()) {
            b.end(end);
        }
        var d = demand(b.build(), period, "100000.00");
        assertThat(d.status()).isEqualTo(status);
        if (status == WritDemand.Status.DEBT_ONLY) {
            assertThat(d.current()).isEqualTo(kzt("0.00"));
            assertThat(d.debtDemand()).isEqualTo(kzt(debt));
        }
    }

    @Test
    void aNonPeriodicWritWithoutDebtIsDone() {
        assertThat(demand(writ("O").kind("OTHER").debt("0.00").build(), "2026-03", "1.00")
                        .status())
                .isEqualTo(WritDemand.Status.INACTIVE);
    }

    @Test
    void withNoBaseAFixedSupportDemandStands() {
        Writ w = writ("F").noShare().fixedMrp("5").build();
        assertThat(demand(w, "2026-03", "0.00").current()).isEqualTo(kzt("21625.00"));
        assertThat(demand(writ("S").build(), "2026-03", "0.00").current()).isEqualTo(kzt("0.00"));
    }
}
