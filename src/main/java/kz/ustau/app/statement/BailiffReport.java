package kz.ustau.app.statement;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import kz.ustau.app.Employer;
import kz.ustau.domain.money.Tenge;
import kz.ustau.domain.writ.Bailiff;

/**
 * One bailiff's office's report over a range of months (RULES §9.1; Law arts. 99, 102: the bailiff checks the
 * withholding at least quarterly): every writ it sent, with what was withheld, transferred, left uncollected and why,
 * and the debt now; {@code office} is the bailiff's name with his office's.
 */
public record BailiffReport(
        String office, List<WritStatement> writs, Employer employer, YearMonth from, YearMonth to, LocalDateTime now) {
    public BailiffReport {
        writs = List.copyOf(writs);
        if (writs.isEmpty()) {
            throw new IllegalArgumentException("a report is of at least one writ");
        }
    }

    /** The bailiff the letter is addressed to: the first writ's (an office's writs name its bailiffs alike). */
    public Bailiff bailiff() {
        return writs.get(0).writ().bailiff();
    }

    public Tenge withheld() {
        return writs.stream().map(WritStatement::withheld).reduce(Tenge.ZERO, Tenge::plus);
    }

    public Tenge transferred() {
        return writs.stream().map(WritStatement::transferred).reduce(Tenge.ZERO, Tenge::plus);
    }

    public Tenge debt() {
        return writs.stream().map(WritStatement::debtAtEnd).reduce(Tenge.ZERO, Tenge::plus);
    }
}
