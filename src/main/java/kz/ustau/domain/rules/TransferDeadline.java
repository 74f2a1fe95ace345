package kz.ustau.domain.rules;

import java.time.LocalDate;
import kz.ustau.domain.reference.WorkingCalendar;

/**
 * When withheld money must reach the payee (RULES §7; MFC art. 165: «не позднее чем в трехдневный срок со дня
 * выплаты»), and the value date of the transfer: the pay date, or the next working day when it is not one — but never
 * before the day the order is written, which a bank would refuse or re-date (RULES §7 as corrected).
 */
public final class TransferDeadline {
    /** MFC art. 165: three days from the pay date. */
    public static final int DAYS = 3;

    private TransferDeadline() {}

    public static LocalDate due(LocalDate payDate, Settings.DayCount count, WorkingCalendar calendar) {
        return StatutoryTerm.end(payDate, DAYS, count, calendar);
    }

    /** The value date the pay date alone calls for: it, or the next working day. */
    public static LocalDate valueDate(LocalDate payDate, WorkingCalendar calendar) {
        return calendar.workingDayOnOrAfter(payDate);
    }

    /**
     * The value date of an order written on {@code writtenOn} (its document date): the later of the pay date and that
     * day, moved to the next working day when it is not one. An order written after its deadline keeps its true dates;
     * it is late, and says so elsewhere.
     */
    public static LocalDate valueDate(LocalDate payDate, LocalDate writtenOn, WorkingCalendar calendar) {
        return calendar.workingDayOnOrAfter(writtenOn.isAfter(payDate) ? writtenOn : payDate);
    }
}
