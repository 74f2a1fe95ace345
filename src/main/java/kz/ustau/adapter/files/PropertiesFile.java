package kz.ustau.adapter.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.ustau.app.Problems;

/**
 * A UTF-8 {@code .properties} file read key by key with the line each key is on, so that a problem names its line and
 * key (CONTRACT §2). Values are read as {@link Properties} reads them (escapes, continuation lines); a key given twice
 * is a problem.
 */
public final class PropertiesFile {
    /** The largest settings or mapping file read: 1 MiB (a mapping of every 1C accrual is a few kilobytes). */
    static final long MAX_BYTES = 1 << 20;

    private PropertiesFile() {}

    /** Each key with its value as a {@link Cell} (row = line, column = key); empty when the file cannot be read. */
    public static Optional<Map<String, Cell>> read(Path file, String name, Problems problems) throws IOException {
        Optional<String> read = utf8(file, name, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        Map<String, Cell> cells = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(new StringReader(text.replace("\uFEFF", "")));
        String line;
        long row = 0;
        StringBuilder logical = new StringBuilder();
        long start = 0;
        while ((line = lines.readLine()) != null) {
            row++;
            if (logical.length() == 0) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                start = row;
            }
            logical.append(line).append('\n');
            if (endsWithContinuation(line)) {
                continue;
            }
            Properties one = new Properties();
            one.load(new StringReader(logical.toString()));
            for (String key : one.stringPropertyNames()) {
                Cell previous = cells.put(
                        key, new Cell(name, start, key, one.getProperty(key).strip()));
                if (previous != null) {
                    problems.add(name, start, key, "properties.duplicate-key", key, Long.toString(previous.row()));
                }
            }
            logical.setLength(0);
        }
        return Optional.of(cells);
    }

    /**
     * A simpler file of {@code key = value} lines, for mappings the accountant writes: the key is everything before the
     * first {@code =} and may hold spaces ({@code kind.Оклад по дням = SALARY}); no escapes, no continuation lines;
     * {@code #} starts a comment line, and {@code  # } (a space, {@code #}, a space or the line's end) a comment after a
     * value ({@code layout = long  # the kinds in a column}), while {@code sheet = #2} keeps its {@code #}.
     */
    public static Optional<Map<String, Cell>> readLines(Path file, String name, Problems problems) throws IOException {
        Optional<String> text = utf8(file, name, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        long row = 0;
        for (String line : text.get().replace("\uFEFF", "").split("\r?\n", -1)) {
            row++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            t = withoutComment(t);
            int eq = t.indexOf('=');
            if (eq < 1) {
                problems.add(name, row, "-", "properties.not-key-value", t);
                continue;
            }
            String key = t.substring(0, eq).strip().replaceAll("\\s+", " ");
            Cell previous =
                    cells.put(key, new Cell(name, row, key, t.substring(eq + 1).strip()));
            if (previous != null) {
                problems.add(name, row, key, "properties.duplicate-key", key, Long.toString(previous.row()));
            }
        }
        return Optional.of(cells);
    }

    /** An inline comment: whitespace, {@code #}, then whitespace or the end of the line. */
    private static final java.util.regex.Pattern INLINE_COMMENT = java.util.regex.Pattern.compile("\\s+#(\\s.*)?$");

    static String withoutComment(String line) {
        java.util.regex.Matcher m = INLINE_COMMENT.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : line;
    }

    private static Optional<String> utf8(Path file, String name, Problems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(name, 1, "-", "file.missing", file.toString());
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.add(name, 1, "-", "file.too-large", size + " B", Long.toString(MAX_BYTES));
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(name, 1, "-", "file.not-utf8", "");
            return Optional.empty();
        }
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
