package kz.ustau.domain.rules;

import java.time.LocalDate;
import kz.ustau.domain.reference.WorkingCalendar;

/**
 * When the employer must tell the bailiff and the claimant that a debtor has left (RULES §7, §9; MFC art. 167(1);
 * Law art. 93(4)): within three days of the dismissal, counted as every other term.
 */
public final class DismissalDeadline {
    public static final int DAYS = 3;

    private DismissalDeadline() {}

    public static LocalDate due(LocalDate dismissal, Settings.DayCount count, WorkingCalendar calendar) {
        return StatutoryTerm.end(dismissal, DAYS, count, calendar);
    }
}
