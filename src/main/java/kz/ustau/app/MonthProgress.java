package kz.ustau.app;

import java.util.function.LongConsumer;

/**
 * What the monthly job tells of itself as it goes, for a long month (issue 21): the payroll lines read, then the
 * debtors worked out of all, then that the month's files are being written. A console shows it on a terminal only.
 */
public interface MonthProgress extends LongConsumer {
    /** Nothing shown. */
    MonthProgress NONE = new MonthProgress() {
        @Override
        public void accept(long lines) {}
    };

    /** {@code lines} payroll lines read so far. */
    @Override
    void accept(long lines);

    /** {@code done} debtors of {@code of} worked out. */
    default void computing(long done, long of) {}

    /** The month is worked out; its files are being written. */
    default void writing() {}

    /** What a plain counter of lines is as a progress: lines only. */
    static MonthProgress of(LongConsumer lines) {
        return lines instanceof MonthProgress p ? p : lines::accept;
    }
}
