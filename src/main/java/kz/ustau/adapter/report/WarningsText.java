package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.ustau.adapter.files.Utf8Writer;
import kz.ustau.app.MonthResult;
import kz.ustau.app.Warning;
import kz.ustau.app.port.MonthDocument;

/** {@code warnings.txt}: present only when there is something to say (CONTRACT §5.6); each warning in each language. */
public final class WarningsText implements MonthDocument {
    public static final String FILE = "warnings.txt";

    @Override
    public List<String> files(MonthResult result) {
        return result.warnings().isEmpty() ? List.of() : List.of(FILE);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        Writer w = new Utf8Writer(out);
        for (String line : lines(result.warnings(), result.languages())) {
            w.write(line);
            w.write('\n');
        }
        w.flush();
    }

    /** One line per warning and language, the same lines stderr shows. */
    public static List<String> lines(List<Warning> warnings, List<Locale> languages) {
        return warnings.stream()
                .flatMap(warning -> languages.stream()
                        .map(lang ->
                                "[" + lang.getLanguage() + "] " + warning.message(lang) + " [" + warning.code() + "]"))
                .toList();
    }

    /** The warnings of a {@code warnings.txt} this class wrote, in one language ({@code kk}, {@code ru}), untagged. */
    public static List<String> read(Path file, String language) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String tag = "[" + language + "] ";
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(tag))
                    .map(l -> l.substring(tag.length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
