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

    /**
     * RULES §11.1: whatever writs, agreements, sentences and employer's claim a month holds, everything but the
     * sentences stays within half the base, the writs get exactly what they get alone, the sentences never enter the
     * base, and the employer's claim gets exactly the room that is left.
     */
    @Property(tries = 300)
    void allOfAMonthsDeductionsShareOneLimit(
            @ForAll @LongRange(min = 0, max = 200_000_000L) long salaryTiyn,
            @ForAll @LongRange(min = 0, max = 30_000_000L) long taxTiyn,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long claimTiyn,
            @ForAll("writs") List<Writ> writs,
            @ForAll("besides") List<Writ> besides,
            @ForAll boolean withinCap,
            @ForAll boolean partial,
            @ForAll boolean inLimit) {
        Settings s = Settings.DEFAULTS.with(new Settings.OtherDeductions(withinCap, partial, inLimit));
        DeductionCalculator calculator = new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), s);
        List<kz.ustau.domain.income.IncomeLine> pay = List.of(
                line("SALARY", Tenge.ofTiyn(salaryTiyn).plain()),
                line("IPN", Tenge.ofTiyn(taxTiyn).plain()),
                line("EMPLOYER_CLAIM", Tenge.ofTiyn(claimTiyn).plain()));
        List<Writ> all = new java.util.ArrayList<>(writs);
        besides.stream()
                .filter(b -> writs.stream().noneMatch(w -> w.id().equals(b.id())))
                .forEach(all::add);
        var dm = calculator.calculate(debtor(), PERIOD, pay, all);
        var alone = calculator.calculate(debtor(), PERIOD, pay.subList(0, 2), writs);

        assertThat(dm.base().base())
                .as("nothing beside the writs enters the base")
                .isEqualTo(alone.base().base());
        for (Deduction d : alone.deductions()) {
            Deduction same = dm.deductions().stream()
                    .filter(x -> x.writ().id().equals(d.writ().id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(same)
                    .as("the writs are never reduced by what stands beside them")
                    .isEqualTo(d);
        }
        if (withinCap) {
            assertThat(dm.withinHalf()).as("all but the sentences within half").isLessThanOrEqualTo(dm.cap());
        }
        assertThat(dm.kept().isNegative()).as("never more than the base").isFalse();
        EmployerClaim claim = dm.employerClaim();
        assertThat(claim.claimed()).isEqualTo(Tenge.ofTiyn(claimTiyn));
        assertThat(claim.deducted()).isEqualTo(claim.claimed().min(claim.room()));
        assertThat(claim.deducted().plus(claim.remaining())).isEqualTo(claim.claimed());
        for (Deduction d : dm.deductions()) {
            assertThat(d.withheldCurrent()).isLessThanOrEqualTo(d.demandCurrent());
            assertThat(d.withheldDebt()).isLessThanOrEqualTo(d.demandDebt());
        }
    }

    @Provide
    Arbitrary<List<Writ>> besides() {
        Arbitrary<String> kinds = Arbitraries.of("AGREEMENT", "CORRECTIONAL");
        Arbitrary<Integer> denominators = Arbitraries.of(2, 3, 4, 5, 6, 10);
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').ofLength(3);
        return Combinators.combine(kinds, denominators, ids)
                .as((k, d, id) -> writ(id).kind(k).share(1, d).build())
                .list()
                .ofMaxSize(3)
                .uniqueElements(Writ::id);
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
