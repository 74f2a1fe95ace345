package kz.ustau.domain.rules;

import java.time.LocalDate;
import kz.ustau.domain.reference.WorkingCalendar;

/**
 * When a writ that has arrived must be answered, accepted or returned (RULES §9.1 [A]): within the employer's
 * {@code writ.answer.days} (three by default) of its receipt, counted as every other term ({@code deadline.days}).
 */
public final class WritAnswerDeadline {
    private WritAnswerDeadline() {}

    public static LocalDate due(LocalDate received, Settings settings, WorkingCalendar calendar) {
        return StatutoryTerm.end(received, settings.answerDays(), settings.deadlineDays(), calendar);
    }
}
