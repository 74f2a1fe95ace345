package kz.ustau.domain.rules;

import java.time.LocalDate;
import kz.ustau.domain.reference.WorkingCalendar;

/**
 * When withheld money must reach the payee (RULES §7; MFC art. 165: «не позднее чем в трехдневный срок со дня
 * выплаты»), and the value date of the transfer: the pay date, or the next working day when it is not one.
 */
public final class TransferDeadline {
    /** MFC art. 165: three days from the pay date. */
    public static final int DAYS = 3;

    private TransferDeadline() {}

    public static LocalDate due(LocalDate payDate, Settings.DayCount count, WorkingCalendar calendar) {
        return StatutoryTerm.end(payDate, DAYS, count, calendar);
    }

    public static LocalDate valueDate(LocalDate payDate, WorkingCalendar calendar) {
        return calendar.workingDayOnOrAfter(payDate);
    }
}
