package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.kzt;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.rules.PriorityAllocation.Claim;
import kz.ustau.domain.rules.PriorityAllocation.Part;
import kz.ustau.domain.writ.Writ;
import org.junit.jupiter.api.Test;

class PriorityAllocationTest {
    private static final Tenge PM = kzt("50851.00");

    private static Claim current(Writ w, String amount) {
        return new Claim(w, Part.CURRENT, kzt(amount));
    }

    private static Claim debt(Writ w, String amount) {
        return new Claim(w, Part.DEBT, kzt(amount));
    }

    @Test
    void e2TwoFamiliesShareTheCapInProportion() {
        Writ a = writ("E2-A").share(1, 3).dated("2023-05-10").build();
        Writ b = writ("E2-B").dated("2024-02-01").build();
        Claim ca = current(a, "100000.00");
        Claim cb = current(b, "75000.00");
        var out = PriorityAllocation.allocate(List.of(cb, ca), kzt("300000.00"), kzt("150000.00"), PM, true);
        assertThat(out.of(ca)).isEqualTo(kzt("85714.29"));
        assertThat(out.of(cb)).isEqualTo(kzt("64285.71"));
        assertThat(out.steps()).hasSize(1);
        assertThat(out.steps().get(0).proRata()).isTrue();
    }

    @Test
    void anEqualRemainderGoesToTheEarlierWritThenTheSmallerId() {
        Writ older = writ("W9").dated("2023-01-01").build();
        Writ newer = writ("W1").dated("2024-01-01").build();
        Writ sameDate = writ("W10").dated("2023-01-01").build();
        Claim co = current(older, "1.00");
        Claim cn = current(newer, "1.00");
        var out = PriorityAllocation.allocate(List.of(cn, co), kzt("2.02"), kzt("0.01"), PM, true);
        assertThat(out.of(co)).isEqualTo(kzt("0.01"));
        assertThat(out.of(cn)).isEqualTo(kzt("0.00"));
        Claim cs = current(sameDate, "1.00");
        var tie = PriorityAllocation.allocate(List.of(co, cs), kzt("2.02"), kzt("0.01"), PM, true);
        assertThat(tie.of(cs)).as("W10 is before W9 as text").isEqualTo(kzt("0.01"));
    }

    @Test
    void e3CurrentSupportTakesTheWholeCapSoNoDebtFromTheWage() {
        Writ w = writ("E3").share(1, 2).debt("400000.00").build();
        Claim c = current(w, "105000.00");
        Claim d = debt(w, "400000.00");
        var out = PriorityAllocation.allocate(List.of(c, d), kzt("210000.01"), kzt("105000.00"), PM, true);
        assertThat(out.of(c)).isEqualTo(kzt("105000.00"));
        assertThat(out.of(d)).isEqualTo(kzt("0.00"));
        assertThat(out.capLeft()).isEqualTo(kzt("0.00"));
    }

    @Test
    void currentFirstServesEveryChildsUpkeepBeforeOldDebts() {
        Writ a = writ("A").debt("100000.00").dated("2023-01-01").build();
        Writ b = writ("B").dated("2024-01-01").build();
        Claim ac = current(a, "50000.00");
        Claim ad = debt(a, "100000.00");
        Claim bc = current(b, "50000.00");
        var first = PriorityAllocation.allocate(List.of(ac, ad, bc), kzt("240000.00"), kzt("120000.00"), PM, true);
        assertThat(first.of(ac)).isEqualTo(kzt("50000.00"));
        assertThat(first.of(bc)).isEqualTo(kzt("50000.00"));
        assertThat(first.of(ad)).isEqualTo(kzt("20000.00"));
        var shared = PriorityAllocation.allocate(List.of(ac, ad, bc), kzt("240000.00"), kzt("120000.00"), PM, false);
        assertThat(shared.of(ac)).isEqualTo(kzt("30000.00"));
        assertThat(shared.of(ad)).isEqualTo(kzt("60000.00"));
        assertThat(shared.of(bc)).isEqualTo(kzt("30000.00"));
    }

    @Test
    void e5AndE6OtherWritsTakeWhatIsLeftAboveTheSubsistenceMinimum() {
        Writ child = writ("E5-child").build();
        Writ bank = writ("E5-bank").kind("OTHER").share(1, 2).debt("1000000.00").build();
        Claim c = current(child, "45000.00");
        Claim b = debt(bank, "90000.00");
        var e5 = PriorityAllocation.allocate(List.of(c, b), kzt("180000.00"), kzt("90000.00"), PM, true);
        assertThat(e5.of(b)).isEqualTo(kzt("45000.00"));
        var e6 = PriorityAllocation.allocate(List.of(b), kzt("60000.00"), kzt("30000.00"), PM, true);
        assertThat(e6.of(b)).isEqualTo(kzt("9149.00"));
    }

    @Test
    void laterQueuesGetOnlyWhatEarlierOnesLeft() {
        Writ tax = writ("TAX").kind("TAX").debt("50000.00").build();
        Writ other = writ("BANK").kind("OTHER").debt("50000.00").build();
        Writ author = writ("AUTH").kind("AUTHOR").debt("10000.00").build();
        Claim t = debt(tax, "50000.00");
        Claim o = debt(other, "50000.00");
        Claim a = debt(author, "10000.00");
        var out = PriorityAllocation.allocate(List.of(o, t, a), kzt("200000.00"), kzt("100000.00"), PM, true);
        assertThat(out.of(a)).isEqualTo(kzt("10000.00"));
        assertThat(out.of(t)).isEqualTo(kzt("50000.00"));
        assertThat(out.of(o)).isEqualTo(kzt("40000.00"));
        assertThat(out.steps()).extracting(s -> s.stage().queue()).containsExactly(2, 4, 5);
    }

    @Test
    void aLabourClaimBesideSupportDebtIsCutBackToTheMinimumRoom() {
        Writ child = writ("CH").debt("200000.00").dated("2023-01-01").build();
        Writ labour =
                writ("LB").kind("LABOUR").debt("200000.00").dated("2024-01-01").build();
        Claim cc = current(child, "20000.00");
        Claim cd = debt(child, "200000.00");
        Claim lb = debt(labour, "200000.00");
        // base 80000: cap 40000; current 20000; the rest 20000 split 1:1 = 10000 each;
        // PM room = 80000 - (20000 + 10000) - 50851 = -851 -> 0: the labour part is cut to 0.
        var out = PriorityAllocation.allocate(List.of(cc, cd, lb), kzt("80000.00"), kzt("40000.00"), PM, true);
        assertThat(out.of(cc)).isEqualTo(kzt("20000.00"));
        assertThat(out.of(cd)).isEqualTo(kzt("10000.00"));
        assertThat(out.of(lb)).isEqualTo(kzt("0.00"));
        assertThat(out.steps().get(1).cutback()).isPresent();
        assertThat(out.capLeft()).as("the difference stays with the debtor").isEqualTo(kzt("10000.00"));
    }
}
