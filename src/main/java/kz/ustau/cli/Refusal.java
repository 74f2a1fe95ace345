package kz.ustau.cli;

import picocli.CommandLine;

/**
 * A command refused because of the month's state, not its syntax — a month locked, never run, closed with another
 * payroll: a usage error (exit 2, CONTRACT §2) printed as one line in the command's language, without the usage help
 * that would bury it (the web page shows it as said).
 */
final class Refusal extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    Refusal(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
