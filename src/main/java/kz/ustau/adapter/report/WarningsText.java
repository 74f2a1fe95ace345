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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.ustau.adapter.files.CsvOutput;
import kz.ustau.adapter.files.CsvRegister;
import kz.ustau.adapter.files.Utf8Writer;
import kz.ustau.app.MonthResult;
import kz.ustau.app.Warning;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthReports.SaidWarning;

/**
 * {@code warnings.txt}: present only when there is something to say (CONTRACT §5.6); each warning in each language, in
 * words only (issue 22: no code in what people read). Beside it {@code warnings.csv}, for scripts and the page: each
 * warning's stable code and its text in Kazakh and in Russian.
 */
public final class WarningsText implements MonthDocument {
    public static final String FILE = "warnings.txt";
    /** The same warnings by code, for scripts and the page to group them by. */
    public static final String CSV = "warnings.csv";

    static final List<String> HEADER = List.of("code", "text_kk", "text_ru");
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9.-]*");

    @Override
    public List<String> files(MonthResult result) {
        return result.warnings().isEmpty() ? List.of() : List.of(FILE, CSV);
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(FILE) || relativePath.equals(CSV);
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        if (file.equals(CSV)) {
            try (CsvOutput csv = new CsvOutput(out)) {
                csv.row(HEADER);
                for (Warning warning : result.warnings()) {
                    csv.row(List.of(
                            warning.code(), CsvOutput.text(warning.message(KK)), CsvOutput.text(warning.message(RU))));
                }
            }
            return;
        }
        Writer w = new Utf8Writer(out);
        for (String line : lines(result.warnings(), result.languages())) {
            w.write(line);
            w.write('\n');
        }
        w.flush();
    }

    /** One line per warning and language, the same lines stderr shows: «[kk] …», the words alone. */
    public static List<String> lines(List<Warning> warnings, List<Locale> languages) {
        return warnings.stream()
                .flatMap(warning -> languages.stream().map(lang -> Warning.line(warning.message(lang), lang)))
                .toList();
    }

    /**
     * The warnings of a month's folder in one language ({@code kk}, {@code ru}) with their codes: from
     * {@code warnings.csv}, or, in a folder an earlier release wrote, from the lines of {@code warnings.txt} that end
     * with their code («… [payment.late]»).
     */
    public static List<SaidWarning> read(Path dir, String language) {
        Path csv = dir.resolve(CSV);
        if (Files.isRegularFile(csv)) {
            return CsvRegister.rows(csv).stream()
                    .map(row -> new SaidWarning(row.get("code"), row.getOrDefault("text_" + language, "")))
                    .toList();
        }
        Path txt = dir.resolve(FILE);
        if (!Files.isRegularFile(txt)) {
            return List.of();
        }
        String tag = "[" + language + "] ";
        try (Stream<String> lines = Files.lines(txt, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(tag))
                    .map(l -> earlier(l.substring(tag.length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of an earlier release's warnings.txt: the words, then the code in brackets. */
    static SaidWarning earlier(String line) {
        int open = line.lastIndexOf(" [");
        if (open >= 0
                && line.endsWith("]")
                && CODE.matcher(line.substring(open + 2, line.length() - 1)).matches()) {
            return new SaidWarning(line.substring(open + 2, line.length() - 1), line.substring(0, open));
        }
        return new SaidWarning("", line);
    }
}
