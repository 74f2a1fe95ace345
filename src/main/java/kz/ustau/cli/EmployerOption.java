package kz.ustau.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --employer FILE} where it only says whose rows a command touches (issue 18): optional. */
final class EmployerOption {
    @Option(
            names = "--employer",
            paramLabel = "FILE",
            description = "employer.properties: whose writs and months (its employer.bin), where the database holds"
                    + " several employers.")
    Path file;
}
