package kz.ustau.cli;

import java.util.List;
import java.util.Locale;
import kz.ustau.app.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --lang kk,ru}: the languages of a command's texts (decision #14). Messages on stdout and stderr are in the
 * first; documents carry every one. Kazakh, then Russian, by default; {@code en} for the developers.
 */
final class Languages {
    @Option(names = "--lang", paramLabel = "kk,ru", split = ",", description = "Languages of the texts; default kk,ru.")
    List<String> lang = List.of("kk", "ru");

    /** The languages asked for, in their order; a usage error (exit 2) for one Ustau does not speak. */
    List<Locale> locales(CommandLine commandLine) {
        return parse(lang, commandLine);
    }

    /** The language of the command's messages: the first asked for. */
    Locale first(CommandLine commandLine) {
        return locales(commandLine).get(0);
    }

    private static List<Locale> parse(List<String> lang, CommandLine commandLine) {
        List<Locale> result = lang.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .map(s -> switch (s) {
                    case "kk" -> Messages.KAZAKH;
                    case "ru" -> Messages.RUSSIAN;
                    case "en" -> Locale.ENGLISH;
                    default -> throw new CommandLine.ParameterException(
                            commandLine, "--lang takes kk, ru or en, got " + s);
                })
                .toList();
        if (result.isEmpty()) {
            throw new BadUsage(commandLine, "cli.usage.lang-empty");
        }
        return result;
    }
}
