package kz.ustau.domain.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kazakh working days (RULES §7, §11; {@code calendar.csv}): Saturdays and Sundays are off, holidays and transferred
 * days off are listed as {@code off}, transferred working weekend days as {@code work}. The table covers the whole
 * years it has rows for; any other year is refused.
 */
public final class WorkingCalendar {
    public static final String FILE = "calendar.csv";
    private final Map<LocalDate, Boolean> working;
    private final Set<Integer> years;

    /** {@code days} maps a date to whether it is a working day ({@code work}) or not ({@code off}). */
    public WorkingCalendar(Map<LocalDate, Boolean> days) {
        this.working = new TreeMap<>(days);
        this.years = new TreeSet<>();
        days.keySet().forEach(d -> years.add(d.getYear()));
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideTableException(FILE, date, missing(date));
        }
        Boolean listed = working.get(date);
        if (listed != null) {
            return listed;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** {@code date} itself when it is a working day, else the next working day (CC art. 175). */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public String missing(LocalDate date) {
        return "no working-day calendar for " + date.getYear() + " (" + date + "): add the " + date.getYear()
                + " rows to " + FILE;
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }
}
