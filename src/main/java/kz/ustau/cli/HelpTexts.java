package kz.ustau.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import kz.ustau.app.Messages;
import picocli.CommandLine;

/**
 * The help of every command and option in Kazakh or Russian (issue 20): picocli reads a command's description, its
 * options' and parameters' descriptions and the usage headings from {@code help_kk.properties} or
 * {@code help_ru.properties} beside this class, keyed by the command's path ({@code ustau.month.run.usage.description},
 * {@code ustau.month.run.period}, {@code ustau.writs.import.FILE[0]}). The annotations keep the English, which
 * {@code --lang en} shows.
 */
final class HelpTexts {
    private HelpTexts() {}

    /** Puts the language's texts under the whole tree; English keeps the annotations. */
    static void apply(CommandLine commandLine, Locale language) {
        bundle(language).ifPresent(commandLine::setResourceBundle);
    }

    /** The help texts of a language, if it has any but the annotations' English. */
    static Optional<ResourceBundle> bundle(Locale language) {
        String name =
                language.equals(Messages.RUSSIAN) ? "help_ru" : language.equals(Messages.KAZAKH) ? "help_kk" : null;
        if (name == null) {
            return Optional.empty();
        }
        try (InputStream in = HelpTexts.class.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks kz/ustau/cli/" + name + ".properties");
            }
            return Optional.of(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
