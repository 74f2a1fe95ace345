package kz.ustau.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * A command line a command's own checks refuse (exit 2), worded by a message key so that {@link UsageErrors} says it in
 * the user's language with the help line after it (issue 20), not as picocli's English and the whole usage.
 */
final class BadUsage extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> arguments;

    BadUsage(CommandLine commandLine, String key, Object... arguments) {
        super(commandLine, key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
