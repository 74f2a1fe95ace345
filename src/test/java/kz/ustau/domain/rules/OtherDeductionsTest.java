package kz.ustau.domain.rules;

import static kz.ustau.domain.Fixtures.debtor;
import static kz.ustau.domain.Fixtures.line;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kz.ustau.domain.Fixtures;
import kz.ustau.domain.income.IncomeLine;
import kz.ustau.domain.money.Share;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Writ;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES §11.1 with worked numbers: the employer's own deduction, a notarial agreement and a correctional-labour
 * sentence beside the writs, under one limit of half the base. Every month here has the base 180 000.00 (220 000.00
 * salary less 40 000.00 of taxes) and the half 90 000.00.
 */
class OtherDeductionsTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static List<IncomeLine> pay(String claim) {
        List<IncomeLine> lines =
                new java.util.ArrayList<>(List.of(line("SALARY", "220000.00"), line("IPN", "40000.00")));
        if (!claim.isEmpty()) {
            lines.add(line("EMPLOYER_CLAIM", claim));
        }
        return lines;
    }

    private static DebtorMonth month(Settings settings, String claim, Writ... writs) {
        return new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), settings)
                .calculate(debtor(), MARCH, pay(claim), List.of(writs));
    }

    private static Settings with(boolean withinCap, boolean partial, boolean inLimit) {
        return Settings.DEFAULTS.with(new Settings.OtherDeductions(withinCap, partial, inLimit));
    }

    /** 1/d of the base, rounded down (RULES §4). */
    private static Tenge part(int d) {
        return new Share(1, d).of(kzt("180000.00"), java.math.RoundingMode.DOWN);
    }

    private static Tenge kzt(String s) {
        return Tenge.of(s);
    }

    @ParameterizedTest(name = "writ 1/{0}, claim {1}: deducted {2}, remaining {3}")
    @CsvSource({
        // the writ's share, the claim, what is deducted of it, what stays the employer's claim
        "4, 60000.00, 45000.00, 15000.00", // 90 000 − 45 000 = 45 000 of room
        "4, 30000.00, 30000.00, 0.00", // fits whole
        "2, 10000.00, 0.00, 10000.00", // the writ took the whole half
        "3, 30000.00, 30000.00, 0.00", // 90 000 − 60 000 = 30 000: exactly
        "3, 30000.01, 30000.00, 0.01",
    })
    void theEmployersClaimTakesOnlyTheRoomTheWritsLeave(int d, String claim, String deducted, String remaining) {
        Writ child = writ("C").share(1, d).build();
        DebtorMonth dm = month(Settings.DEFAULTS, claim, child);
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(part(d));
        assertThat(dm.employerClaim().claimed()).isEqualTo(kzt(claim));
        assertThat(dm.employerClaim().deducted()).isEqualTo(kzt(deducted));
        assertThat(dm.employerClaim().remaining()).isEqualTo(kzt(remaining));
        assertThat(dm.withinHalf()).isLessThanOrEqualTo(dm.cap());
    }

    @ParameterizedTest(name = "within_cap={0}: deducted {1}")
    @CsvSource({"true, 45000.00", "false, 90000.00"})
    void theSettingDecidesWhetherTheClaimSharesTheWritsLimit(boolean withinCap, String deducted) {
        DebtorMonth dm = month(
                with(withinCap, true, true), "100000.00", writ("C").share(1, 4).build());
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(kzt("45000.00"));
        assertThat(dm.employerClaim().deducted()).isEqualTo(kzt(deducted));
    }

    @ParameterizedTest(name = "agreement 1/{0}, partial={1}: withheld {2}")
    @CsvSource({
        // after a court writ of 1/3 (60 000.00) the agreement has 30 000.00 of room
        "4, true, 30000.00", // 45 000 asked: cut to the room
        "4, false, 0.00", // does not fit whole: MFC art. 166 word for word
        "6, true, 30000.00", // 30 000 asked: fits exactly
        "6, false, 30000.00",
        "10, false, 18000.00",
    })
    void anAgreementComesAfterTheWritsWithinTheHalf(int d, boolean partial, String withheld) {
        Writ court = writ("A").share(1, 3).build();
        Writ agreement = writ("B").kind("AGREEMENT").share(1, d).build();
        DebtorMonth dm = month(with(true, partial, true), "", court, agreement);
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(kzt("60000.00"));
        assertThat(dm.deductions().get(1).withheldTotal()).isEqualTo(kzt(withheld));
        assertThat(dm.agreementRoom()).isEqualTo(kzt("30000.00"));
    }

    @ParameterizedTest(name = "sentence 1/{0}, in_limit={1}: claim deducted {2}")
    @CsvSource({
        // child support 1/4 = 45 000.00 from the full base; the sentence's share of the same base
        "5, true, 9000.00", // 90 000 − 45 000 − 36 000 = 9 000
        "5, false, 45000.00", // the sentence outside the half: 90 000 − 45 000
        "10, true, 27000.00", // 90 000 − 45 000 − 18 000
    })
    void aSentenceNeverReducesTheWritsAndCountsInTheLimitBySetting(int d, boolean inLimit, String claimDeducted) {
        Writ child = writ("A").share(1, 4).build();
        Writ sentence = writ("S").kind("CORRECTIONAL").share(1, d).build();
        DebtorMonth dm = month(with(true, true, inLimit), "50000.00", child, sentence);
        assertThat(dm.base().base()).as("the sentence never enters the base").isEqualTo(kzt("180000.00"));
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(kzt("45000.00"));
        assertThat(dm.deductions().get(1).withheldTotal()).isEqualTo(part(d));
        assertThat(dm.employerClaim().deducted()).isEqualTo(kzt(claimDeducted));
    }

    @ParameterizedTest(name = "writs 1/2 and a sentence of 1/{0}: the debtor keeps {1}")
    @CsvSource({"2, 0.00", "5, 54000.00"})
    void aSentenceBesideWritsOfHalfTheBaseLeavesLessThanHalf(int d, String kept) {
        Writ support = writ("A").share(1, 2).build();
        Writ sentence = writ("S").kind("CORRECTIONAL").share(1, d).build();
        DebtorMonth dm = month(Settings.DEFAULTS, "", support, sentence);
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(kzt("90000.00"));
        assertThat(dm.kept()).isEqualTo(kzt(kept));
    }

    @ParameterizedTest(name = "{0}/{1}: allowed {2}")
    @CsvSource({"1, 10, true", "1, 2, true", "3, 20, true", "1, 11, false", "3, 5, false", "1, 1, false"})
    void aSentencesShareIsATenthToAHalf(int n, int d, boolean allowed) {
        assertThat(CorrectionalLabour.shareAllowed(new Share(n, d))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "no account: {0} withheld all the same")
    @CsvSource({"45000.00"})
    void aWritWithoutAnAccountIsWithheldAllTheSame(String withheld) {
        Writ w = writ("H").share(1, 4).build();
        Writ noAccount = new Writ(
                w.id(),
                w.debtorIin(),
                w.kind(),
                w.share(),
                w.fixed(),
                w.indexedFrom(),
                w.children(),
                w.startPeriod(),
                w.endPeriod(),
                w.debt(),
                w.debtShare(),
                new kz.ustau.domain.writ.Claimant(
                        w.claimant().name(), w.claimant().id(), java.util.Optional.empty(), false),
                java.util.Optional.empty(),
                w.bailiff(),
                w.caseNumber(),
                w.court(),
                w.writNumber(),
                w.writDate());
        assertThat(noAccount.account()).isEmpty();
        DebtorMonth dm = month(Settings.DEFAULTS, "", noAccount);
        assertThat(dm.deductions().get(0).withheldTotal()).isEqualTo(kzt(withheld));
    }
}
