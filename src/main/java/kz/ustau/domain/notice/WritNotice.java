package kz.ustau.domain.notice;

import java.time.LocalDate;
import java.util.Objects;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;

/**
 * A letter to the bailiff about one writ (хабарлама / извещение, or a return letter), with a copy for the claimant:
 * why, the event and its date, the deadline, and the month's figures under the writ.
 */
public record WritNotice(
        long registerNumber,
        NoticeReason reason,
        DebtorMonth month,
        Deduction deduction,
        LocalDate eventDate,
        LocalDate deadline) {
    public WritNotice {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(deduction, "deduction");
        if (registerNumber < 1) {
            throw new IllegalArgumentException("register numbers start at 1, got " + registerNumber);
        }
    }

    /** Whether the letter is a dismissal notice rather than a return letter. */
    public boolean isDismissal() {
        return reason == NoticeReason.DISMISSAL;
    }
}
