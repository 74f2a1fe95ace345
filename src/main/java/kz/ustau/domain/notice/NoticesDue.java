package kz.ustau.domain.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.reference.WorkingCalendar;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;
import kz.ustau.domain.rules.DismissalDeadline;
import kz.ustau.domain.rules.Settings;
import kz.ustau.domain.rules.StatutoryTerm;
import kz.ustau.domain.rules.WritDemand;
import kz.ustau.domain.writ.Writ;

/**
 * Which letters a debtor's month calls for (RULES §7, §9). A dismissed debtor: a notice for every writ with a line,
 * due three days after the dismissal (Law art. 93(4); MFC art. 167(1)), the writ going back with it. Otherwise a
 * return letter for a writ that ends this month: a periodic writ at its end period, or past it, with nothing owed,
 * or any other writ whose debt is now paid; [A] due three days after the pay date, as the other duties of the month.
 */
public final class NoticesDue {
    private NoticesDue() {}

    /** The letters of {@code month}, numbered from {@code firstNumber}. */
    public static List<WritNotice> of(
            DebtorMonth month, long firstNumber, Settings.DayCount count, WorkingCalendar calendar) {
        List<WritNotice> notices = new ArrayList<>();
        long number = firstNumber;
        if (month.debtor().dismissalDate().isPresent()) {
            LocalDate left = month.debtor().dismissalDate().get();
            LocalDate due = DismissalDeadline.due(left, count, calendar);
            for (Deduction d : month.deductions()) {
                notices.add(new WritNotice(number++, NoticeReason.DISMISSAL, month, d, left, due));
            }
            return notices;
        }
        LocalDate due = StatutoryTerm.end(month.payDate(), DismissalDeadline.DAYS, count, calendar);
        for (Deduction d : month.deductions()) {
            reason(month, d)
                    .ifPresent(r -> notices.add(
                            new WritNotice(firstNumber + notices.size(), r, month, d, month.payDate(), due)));
        }
        return notices;
    }

    /**
     * The return letter for a writ ended between months (registry: {@code writs end}), with the debtor's month for the
     * debtor's facts and the writ's debt as the ledger left it: nothing is withheld under it any more. Due three days
     * after the end was recorded ([A] as for the other letters, RULES §7).
     */
    public static WritNotice ended(
            DebtorMonth month,
            Writ writ,
            Tenge debt,
            String reasonCode,
            LocalDate endedOn,
            long number,
            Settings.DayCount count,
            WorkingCalendar calendar) {
        Deduction none = new Deduction(
                writ,
                WritDemand.Status.INACTIVE,
                month.base().base(),
                Tenge.ZERO,
                Tenge.ZERO,
                Tenge.ZERO,
                Tenge.ZERO,
                debt,
                Tenge.ZERO);
        LocalDate due = StatutoryTerm.end(endedOn, DismissalDeadline.DAYS, count, calendar);
        return new WritNotice(number, NoticeReason.ENDED, month, none, endedOn, due, Optional.of(reasonCode));
    }

    private static Optional<NoticeReason> reason(DebtorMonth month, Deduction d) {
        if (!d.debtAfter().isZero()) {
            return Optional.empty();
        }
        boolean lastMonth =
                d.writ().endPeriod().map(end -> !end.isAfter(month.period())).orElse(false);
        if (d.writ().kind().periodic() && lastMonth) {
            return Optional.of(
                    d.status() == WritDemand.Status.DEBT_ONLY ? NoticeReason.DEBT_PAID : NoticeReason.END_PERIOD);
        }
        if (!d.writ().kind().periodic() && d.debtBefore().isPositive()) {
            return Optional.of(NoticeReason.DEBT_PAID);
        }
        return Optional.empty();
    }
}
