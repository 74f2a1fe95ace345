package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.debtor;
import static kz.ustau.domain.Fixtures.kzt;
import static kz.ustau.domain.Fixtures.line;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.ustau.domain.Fixtures;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.writ.Writ;
import org.junit.jupiter.api.Test;

/** The worked examples of RULES §12, end to end through the domain, and the month-level rules around them. */
class DeductionCalculatorTest {
    private final DeductionCalculator calculator = calculator(Settings.DEFAULTS);

    private static DeductionCalculator calculator(Settings s) {
        return new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), s);
    }

    private static List<IncomeLine> pay(String salary, String taxes, String period) {
        LocalDate payDate = YearMonth.parse(period).atDay(6);
        return List.of(line("SALARY", salary, payDate), line("IPN", taxes, payDate));
    }

    private DebtorMonth month(List<IncomeLine> lines, String period, Writ... writs) {
        return calculator.calculate(debtor(), YearMonth.parse(period), lines, List.of(writs));
    }

    @Test
    void e1OneChildAQuarter() {
        var dm = month(
                List.of(
                        line("SALARY", "350000.00"),
                        line("BONUS", "50000.00"),
                        line("BUSINESS_TRIP", "30000.00"),
                        line("OPV", "40000.00"),
                        line("VOSMS", "8000.00"),
                        line("IPN", "22225.00")),
                "2026-03",
                writ("E1").children(1).build());
        Deduction d = dm.deductions().get(0);
        assertThat(dm.base().base()).isEqualTo(kzt("329775.00"));
        assertThat(d.demandCurrent()).isEqualTo(kzt("82443.75"));
        assertThat(dm.cap()).isEqualTo(kzt("164887.50"));
        assertThat(d.withheldTotal()).isEqualTo(kzt("82443.75"));
        assertThat(dm.transferDue()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void e2TwoFamiliesAndTheDebtTheCapLeaves() {
        var dm = month(
                pay("300000.00", "0.00", "2026-03"),
                "2026-03",
                writ("E2-A").share(1, 3).dated("2023-05-10").build(),
                writ("E2-B").dated("2024-02-01").build());
        assertThat(dm.deductions())
                .extracting(Deduction::withheldCurrent)
                .containsExactly(kzt("85714.29"), kzt("64285.71"));
        assertThat(dm.deductions()).extracting(Deduction::debtAfter).containsExactly(kzt("14285.71"), kzt("10714.29"));
    }

    @Test
    void e3ThreeChildrenAndArrears() {
        var dm = month(
                pay("210000.01", "0.00", "2026-03"),
                "2026-03",
                writ("E3").share(1, 2).children(3).debt("400000.00").build());
        Deduction d = dm.deductions().get(0);
        assertThat(d.withheldCurrent()).isEqualTo(kzt("105000.00"));
        assertThat(d.withheldDebt()).isEqualTo(kzt("0.00"));
        assertThat(d.demandDebt()).isEqualTo(kzt("400000.00"));
        assertThat(d.debtAfter()).isEqualTo(kzt("400000.00"));
    }

    @Test
    void e4MrpDecemberAndJanuary() {
        Writ w = writ("E4").kind("SPOUSE_SUPPORT").noShare().fixedMrp("8").build();
        assertThat(month(pay("125000.00", "0.00", "2025-12"), "2025-12", w)
                        .deductions()
                        .get(0)
                        .withheldCurrent())
                .isEqualTo(kzt("31456.00"));
        assertThat(month(pay("125000.00", "0.00", "2026-01"), "2026-01", w)
                        .deductions()
                        .get(0)
                        .withheldCurrent())
                .isEqualTo(kzt("34600.00"));
    }

    @Test
    void e5SupportThenABankLoan() {
        var dm = month(
                pay("180000.00", "0.00", "2026-03"),
                "2026-03",
                writ("E5-child").build(),
                writ("E5-bank").kind("OTHER").share(1, 2).debt("1000000.00").build());
        Deduction bank = dm.deductions().get(0);
        assertThat(bank.writ().id()).isEqualTo("E5-bank");
        assertThat(bank.demandDebt()).isEqualTo(kzt("90000.00"));
        assertThat(bank.withheldDebt()).isEqualTo(kzt("45000.00"));
        assertThat(bank.debtAfter()).isEqualTo(kzt("955000.00"));
        assertThat(dm.deductions().get(1).withheldCurrent()).isEqualTo(kzt("45000.00"));
    }

    @Test
    void e6LowPayOtherWritOnly() {
        var dm = month(
                pay("60000.00", "0.00", "2026-03"),
                "2026-03",
                writ("E6").kind("OTHER").share(1, 2).debt("200000.00").build());
        assertThat(dm.deductions().get(0).withheldDebt()).isEqualTo(kzt("9149.00"));
        assertThat(dm.deductions().get(0).debtAfter()).isEqualTo(kzt("190851.00"));
    }

    @Test
    void e7FixedTengeIndexed() {
        var dm = month(
                pay("160000.00", "0.00", "2026-02"),
                "2026-02",
                writ("E7").noShare().fixedKzt("30000.00").dated("2024-05-20").build());
        assertThat(dm.deductions().get(0).withheldCurrent()).isEqualTo(kzt("35143.55"));
    }

    @Test
    void aDebtorWithNoBaseStillGetsALineAndAFixedDemandBecomesDebt() {
        var dm = month(
                List.of(line("MATERIAL_AID", "50000.00")),
                "2026-03",
                writ("F").noShare().fixedMrp("5").debt("1000.00").build());
        Deduction d = dm.deductions().get(0);
        assertThat(dm.base().base()).isEqualTo(kzt("0.00"));
        assertThat(d.withheldTotal()).isEqualTo(kzt("0.00"));
        assertThat(d.debtAfter()).isEqualTo(kzt("22625.00"));
    }

    @Test
    void inactiveWritsGetNoLine() {
        var dm = month(
                pay("100000.00", "0.00", "2026-03"),
                "2026-03",
                writ("LATER").start("2026-04").build(),
                writ("ENDED").end("2026-02").build(),
                writ("PAID").kind("OTHER").debt("0.00").build(),
                writ("NOW").build());
        assertThat(dm.deductions()).extracting(d -> d.writ().id()).containsExactly("NOW");
    }

    @Test
    void theLatestPayDateIsTheSettlementDate() {
        var dm = month(
                List.of(
                        line("SALARY", "50000.00", LocalDate.of(2026, 3, 6)),
                        line("VACATION", "50000.00", LocalDate.of(2026, 3, 20))),
                "2026-03",
                writ("W").build());
        assertThat(dm.payDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(dm.transferDue()).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void aTransferFeeIsTakenOnTopButNeverBeyondTheCap() {
        Settings fee = new Settings(Settings.BaseTax.ALL, true, true, Settings.DayCount.CALENDAR, kzt("150.00"));
        var dm = calculator(fee)
                .calculate(
                        debtor(),
                        YearMonth.of(2026, 3),
                        pay("100000.00", "0.00", "2026-03"),
                        List.of(writ("A").build(), writ("B").share(1, 4).build()));
        assertThat(dm.deductions()).extracting(Deduction::fee).containsExactly(kzt("0.00"), kzt("0.00"));
        var roomy = calculator(fee)
                .calculate(
                        debtor(),
                        YearMonth.of(2026, 3),
                        pay("100000.00", "0.00", "2026-03"),
                        List.of(writ("A").build()));
        assertThat(roomy.deductions().get(0).fee()).isEqualTo(kzt("150.00"));
        assertThat(roomy.kept()).isEqualTo(kzt("74850.00"));
    }
}
