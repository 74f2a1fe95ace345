package kz.ustau.domain.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.domain.rules.DebtorMonth;
import kz.ustau.domain.rules.Deduction;

/**
 * A letter to the bailiff about one writ (хабарлама / извещение, or a return letter), with a copy for the claimant:
 * why, the event and its date, the deadline, and the month's figures under the writ. {@code endReason} is the
 * registry's reason code for a writ {@link NoticeReason#ENDED} between months.
 */
public record WritNotice(
        long registerNumber,
        NoticeReason reason,
        DebtorMonth month,
        Deduction deduction,
        LocalDate eventDate,
        LocalDate deadline,
        Optional<String> endReason) {
    public WritNotice {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(endReason, "endReason");
        if ((reason == NoticeReason.ENDED) != endReason.isPresent()) {
            throw new IllegalArgumentException("a writ ended in the registry, and only that, carries the end's reason");
        }
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(deduction, "deduction");
        if (registerNumber < 1) {
            throw new IllegalArgumentException("register numbers start at 1, got " + registerNumber);
        }
    }

    /** A letter the month's figures call for: a dismissal, an end period or a debt paid. */
    public WritNotice(
            long registerNumber,
            NoticeReason reason,
            DebtorMonth month,
            Deduction deduction,
            LocalDate eventDate,
            LocalDate deadline) {
        this(registerNumber, reason, month, deduction, eventDate, deadline, Optional.empty());
    }

    /** Whether the letter is a dismissal notice rather than a return letter. */
    public boolean isDismissal() {
        return reason == NoticeReason.DISMISSAL;
    }
}
