package kz.ustau.app.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.domain.writ.Writ;

/**
 * The employer's answer to a writ on its arrival (RULES §9.1 [A]): accepted for execution, with the first month it is
 * withheld from, or returned — the debtor is not an employee, no longer one (since when), the writ duplicates one
 * already executed, or the debtor's name or IIN do not match the employer's records.
 *
 * @param checkedAgainst the stored payroll month the debtor was looked for in, when the ledger has one
 * @param received the day the writ arrived (its import into the registry)
 * @param due the last day of the answer's term
 */
public record WritAnswer(
        Answer answer,
        Writ writ,
        Employer employer,
        Optional<String> debtor,
        Optional<String> employeeId,
        Optional<YearMonth> checkedAgainst,
        Optional<YearMonth> firstMonth,
        Optional<LocalDate> dismissedOn,
        Optional<String> duplicateOf,
        LocalDate received,
        LocalDate due,
        LocalDateTime now) {

    public WritAnswer {
        Objects.requireNonNull(answer, "answer");
        if (answer == Answer.ACCEPTED && firstMonth.isEmpty()) {
            throw new IllegalArgumentException("an accepted writ names the first month it is withheld from");
        }
        if (answer == Answer.DUPLICATE && duplicateOf.isEmpty()) {
            throw new IllegalArgumentException("a duplicate names the writ it duplicates");
        }
    }

    /** What the employer answers; {@link #option} is how the command line names it. */
    public enum Answer {
        ACCEPTED,
        NOT_EMPLOYED,
        DISMISSED,
        DUPLICATE,
        MISMATCH;

        /** {@code accepted}, {@code not-employed}, …: the {@code --as} values. */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Answer> ofOption(String option) {
            return Arrays.stream(values())
                    .filter(a -> a.option().equals(option))
                    .findFirst();
        }

        /** Whether the writ goes back to the bailiff with the answer. */
        public boolean returns() {
            return this != ACCEPTED;
        }
    }

    /** Whether the answer is written after its term. */
    public boolean late() {
        return now.toLocalDate().isAfter(due);
    }
}
