package kz.ustau.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import kz.ustau.app.Employer;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Ports;
import kz.ustau.app.Problems;
import kz.ustau.app.ReferenceTables;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every letter command takes besides the database (issue 16: {@code writs statement|certificate|answer},
 * {@code report bailiffs}): the employer who signs, the folder the letters go into, the clock, newer tables.
 */
final class LetterOptions {
    @Option(names = "--employer", required = true, paramLabel = "FILE", description = "employer.properties.")
    Path employer;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the letters.")
    Path out;

    @Option(names = "--now", paramLabel = "YYYY-MM-DDTHH:MM", description = "Replaces the clock (Almaty time).")
    String now;

    @Option(names = "--tables", paramLabel = "DIR", description = "Newer reference tables.")
    Path tables;

    /** The employer and the tables a letter is written with. */
    record Inputs(Employer employer, ReferenceTables tables) {}

    /** The employer's properties and the tables, read and checked: every problem at once. */
    Inputs read(Ports ports) throws IOException, InvalidInputException {
        Problems problems = new Problems();
        Optional<ReferenceTables> reference = ports.tables().load(Optional.ofNullable(tables), problems);
        Optional<Employer> emp =
                ports.inputs().employer(employer, employer.toString()).read(problems);
        problems.throwIfAny();
        return new Inputs(emp.orElseThrow(), reference.orElseThrow());
    }

    /** The moment the letters are dated: {@code --now}, else the clock. */
    LocalDateTime moment(CommandLine cl, Clock clock) {
        return MonthOptions.moment(cl, now, clock);
    }
}
