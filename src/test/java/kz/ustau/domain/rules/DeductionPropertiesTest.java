package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.debtor;
import static kz.ustau.domain.Fixtures.line;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kz.ustau.domain.Fixtures;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Money invariants of a month, whatever the pay and the writs (RULES §5–§6). */
class DeductionPropertiesTest {
    private static final YearMonth PERIOD = YearMonth.of(2026, 3);

    @Property(tries = 300)
    void theLawsLimitsHoldForAnyMonth(
            @ForAll @LongRange(min = 0, max = 200_000_000L) long salaryTiyn,
            @ForAll @LongRange(min = 0, max = 30_000_000L) long taxTiyn,
            @ForAll("writs") List<Writ> writs,
            @ForAll boolean currentFirst) {
        Settings s = new Settings(Settings.BaseTax.ALL, true, currentFirst, Settings.DayCount.CALENDAR, Tenge.ZERO);
        var dm = new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), s)
                .calculate(
                        debtor(),
                        PERIOD,
                        List.of(
                                line("SALARY", Tenge.ofTiyn(salaryTiyn).plain()),
                                line("IPN", Tenge.ofTiyn(taxTiyn).plain())),
                        writs);
        Tenge base = dm.base().base();
        assertThat(base.isNegative()).isFalse();
        assertThat(dm.withheldTotal()).isLessThanOrEqualTo(dm.cap());
        assertThat(dm.kept()).as("the debtor keeps at least half").isGreaterThanOrEqualTo(base.minus(dm.cap()));
        Tenge protectedTaken = Tenge.ZERO;
        Tenge otherTaken = Tenge.ZERO;
        for (Deduction d : dm.deductions()) {
            assertThat(d.withheldCurrent()).isLessThanOrEqualTo(d.demandCurrent());
            assertThat(d.withheldDebt()).isLessThanOrEqualTo(d.demandDebt());
            assertThat(d.withheldDebt()).isLessThanOrEqualTo(d.debtBefore());
            assertThat(d.debtAfter().isNegative()).isFalse();
            assertThat(d.debtAfter())
                    .isEqualTo(d.debtBefore()
                            .plus(d.demandCurrent())
                            .minus(d.withheldCurrent())
                            .minus(d.withheldDebt()));
            if (d.writ().kind().protectedKind()) {
                protectedTaken = protectedTaken.plus(d.withheldTotal());
            } else {
                otherTaken = otherTaken.plus(d.withheldTotal());
            }
        }
        assertThat(otherTaken).isLessThanOrEqualTo(SubsistenceMinimum.room(base, protectedTaken, dm.pm()));
    }

    @Property(tries = 200)
    void withRoomForEverythingEveryDemandIsMetInFull(
            @ForAll @LongRange(min = 100_000_00L, max = 200_000_000L) long salaryTiyn) {
        Writ child = writ("A").share(1, 4).debt("1000.00").build();
        var dm = new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), Settings.DEFAULTS)
                .calculate(
                        debtor(),
                        PERIOD,
                        List.of(line("SALARY", Tenge.ofTiyn(salaryTiyn).plain())),
                        List.of(child));
        Deduction d = dm.deductions().get(0);
        assertThat(d.withheldCurrent()).isEqualTo(d.demandCurrent());
        assertThat(d.withheldDebt()).isEqualTo(Tenge.of("1000.00"));
        assertThat(d.debtAfter()).isEqualTo(Tenge.ZERO);
    }

    @Provide
    Arbitrary<List<Writ>> writs() {
        return anyWrit().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Writ::id);
    }

    private static Arbitrary<Writ> anyWrit() {
        Arbitrary<String> kinds = Arbitraries.of(
                "CHILD_SUPPORT", "SPOUSE_SUPPORT", "HEALTH_DAMAGE", "LABOUR", "AUTHOR", "PLEDGE", "TAX", "OTHER");
        Arbitrary<Integer> denominators = Arbitraries.of(0, 2, 3, 4, 6, 10);
        Arbitrary<Long> fixed = Arbitraries.longs().between(0, 10_000_000L);
        Arbitrary<Long> debts = Arbitraries.longs().between(0, 500_000_000L);
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<Integer> years = Arbitraries.integers().between(2018, 2025);
        return Combinators.combine(kinds, denominators, fixed, debts, ids, years)
                .as((k, d, f, debt, id, year) -> {
                    var b = writ(id).kind(k)
                            .noShare()
                            .dated(year + "-06-15")
                            .debt(Tenge.ofTiyn(debt).plain());
                    if (d > 0) {
                        b.share(1, d);
                    }
                    if (f > 0 || d == 0) {
                        b.fixedKzt(Tenge.ofTiyn(Math.max(f, 100)).plain());
                    }
                    return b.build();
                });
    }
}
