package kz.ustau.domain.rules;

import java.time.LocalDate;
import kz.ustau.domain.reference.WorkingCalendar;

/**
 * How a term of days is counted (RULES §7; CC arts. 173, 175): from the day after the event; in calendar days with a
 * last day that is not a working day moved to the next working day, or in working days ({@code deadline.days}).
 */
public final class StatutoryTerm {
    private StatutoryTerm() {}

    public static LocalDate end(LocalDate event, int days, Settings.DayCount count, WorkingCalendar calendar) {
        if (days < 1) {
            throw new IllegalArgumentException("a term is at least one day, got " + days);
        }
        if (count == Settings.DayCount.CALENDAR) {
            return calendar.workingDayOnOrAfter(event.plusDays(days));
        }
        LocalDate d = event;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
