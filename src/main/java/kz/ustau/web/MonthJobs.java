package kz.ustau.web;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The monthly job as the page asks for it (issue 8): the same use cases as {@code ustau month run|export|reopen}, on
 * the page's registry, given to the page by whoever starts it (the command line), so that the page has no rule of its
 * own. Each call is whole or changes nothing, as on the command line.
 */
public interface MonthJobs {
    /** Computes the month from the payroll files and stores it unlocked (as {@code month run}); lines read so far go to progress. */
    Outcome run(
            YearMonth period, List<Path> payrolls, Optional<String> mapping, Locale language, LongConsumer progress);

    /** Writes the payment orders and notices and locks the month (as {@code month export}). */
    Outcome export(YearMonth period, Locale language);

    /** Opens a locked month again; the reason is recorded (as {@code month reopen}). */
    Outcome reopen(YearMonth period, String reason, Locale language);

    /** The folder that holds a month's files (deductions, orders, notices, explanations). */
    Path folder(YearMonth period);

    /** The folder of the mappings the accountant saved from the page, reused every month. */
    Path mappings();

    /** Whether the employer's details are known: without them no month can be run. */
    boolean ready();

    /**
     * What a job did: {@code exit} as the command line's (0 done, 1 fault, 2 refused, 3 input problems), the lines it
     * printed (its summary, or every problem as the command line words it), and its warnings.
     */
    record Outcome(int exit, List<String> lines, List<String> warnings) {
        public boolean done() {
            return exit == 0;
        }
    }
}
