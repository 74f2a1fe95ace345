package kz.ustau.domain.notice;

import static kz.ustau.domain.Fixtures.line;
import static kz.ustau.domain.Fixtures.writ;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kz.ustau.domain.Fixtures;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.DeductionCalculator;
import kz.ustau.domain.rules.Settings;
import kz.ustau.domain.writ.Debtor;
import kz.ustau.domain.writ.Writ;
import org.junit.jupiter.api.Test;

/** RULES §7, §9: which letters a month calls for, and by when. */
class NoticesDueTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static DebtorMonth month(Debtor debtor, Writ... writs) {
        return new DeductionCalculator(Fixtures.TABLES.mrp(), Fixtures.TABLES.calendar(), Settings.DEFAULTS)
                .calculate(debtor, MARCH, List.of(line("SALARY", "300000.00")), List.of(writs));
    }

    private static List<WritNotice> notices(DebtorMonth dm) {
        return NoticesDue.of(dm, 5, Settings.DayCount.CALENDAR, Fixtures.TABLES.calendar());
    }

    @Test
    void aDismissedDebtorGetsANoticePerWritDueThreeDaysAfterLeaving() {
        Debtor leaving = new Debtor(
                Fixtures.DEBTOR,
                "Сейтқали Ерлан Бақытұлы",
                List.of("T001"),
                Optional.of(LocalDate.of(2026, 3, 20)),
                Optional.empty(),
                Optional.empty());
        List<WritNotice> n = notices(month(
                leaving,
                writ("A").build(),
                writ("B").kind("OTHER").debt("1000.00").build()));
        assertThat(n).extracting(WritNotice::reason).containsExactly(NoticeReason.DISMISSAL, NoticeReason.DISMISSAL);
        assertThat(n).extracting(WritNotice::registerNumber).containsExactly(5L, 6L);
        assertThat(n.get(0).deadline()).isEqualTo(LocalDate.of(2026, 3, 26)); // 23–25 March: Nauryz
        assertThat(n.get(0).isDismissal()).isTrue();
    }

    @Test
    void writsThatEndThisMonthGoBack() {
        List<WritNotice> n = notices(month(
                Fixtures.debtor(),
                writ("END").end("2026-03").build(),
                writ("ARREARS").end("2026-01").debt("5000.00").build(),
                writ("LOAN").kind("OTHER").debt("20000.00").build()));
        assertThat(n)
                .extracting(x -> x.deduction().writ().id() + ":" + x.reason())
                .containsExactly("ARREARS:DEBT_PAID", "END:END_PERIOD", "LOAN:DEBT_PAID");
        assertThat(n.get(0).deadline()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(n.get(0).eventDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void writsThatGoOnOrStillOweStay() {
        assertThat(notices(month(
                        Fixtures.debtor(),
                        writ("ONGOING").build(),
                        writ("ENDS-OWING").end("2026-03").debt("900000.00").build(),
                        writ("LOAN-OWING").kind("OTHER").debt("900000.00").build())))
                .isEmpty();
    }
}
