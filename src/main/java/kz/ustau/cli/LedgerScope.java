package kz.ustau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ledger.EmployerScope;
import kz.ustau.app.port.Ledger;

/**
 * The ledger opened for the employer a command names (issue 18, docs/bureau.md §1): {@code --employer FILE}'s
 * {@code employer.bin}, or, with none named, the database's only employer.
 */
final class LedgerScope {
    private LedgerScope() {}

    /** The scope of {@code employer} (null: none named); a file with problems is reported as any input is. */
    static EmployerScope of(Ports ports, Path employer) throws IOException, InvalidInputException {
        if (employer == null) {
            return EmployerScope.UNNAMED;
        }
        Problems problems = new Problems();
        Optional<Employer> read =
                ports.inputs().employer(employer, employer.toString()).read(problems);
        problems.throwIfAny();
        return EmployerScope.of(read.orElseThrow().bin());
    }

    /** The same, and a file with problems leaves the employer unnamed: the command reads it and reports them. */
    static EmployerScope orUnnamed(Ports ports, Path employer) throws IOException {
        try {
            return of(ports, employer);
        } catch (InvalidInputException e) {
            return EmployerScope.UNNAMED;
        }
    }

    /** The same, and a file with problems said on {@code err}: then empty, and the command exits 3. */
    static Optional<EmployerScope> orSaid(Ports ports, Path employer, PrintWriter err, Locale lang) throws IOException {
        try {
            return Optional.of(of(ports, employer));
        } catch (InvalidInputException e) {
            RunCommand.printProblems(err, e.problems(), lang);
            return Optional.empty();
        }
    }

    static Ledger open(Main.Context context, String db, EmployerScope scope) throws IOException {
        return context.ports().ledgers().open(WritsCommand.location(db), scope);
    }

    /** Says once that the rows an earlier release kept without a BIN are now the named employer's. */
    static void sayClaim(Ledger ledger, PrintWriter err, Locale lang) {
        ledger.claimed()
                .ifPresent(bin -> err.println(Messages.text(lang, "ledger.employer.claimed", ledger.location(), bin)));
    }
}
