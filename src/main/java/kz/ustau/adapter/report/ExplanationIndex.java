package kz.ustau.adapter.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each employee's part of an {@code explain.txt} lies in the file (issue 21): the file is read through once,
 * byte by byte, the first time an explanation of it is asked for, and every explanation after that is read from its
 * own bytes alone — the last employee of a 250 MB month as fast as the first. An index is kept for the few files last
 * asked about, and made again when its file changes (size or time).
 *
 * <p>A part opens with a rule ({@link #RULE}), the employee's number, two spaces and the name, the dates and a rule;
 * it ends where the next part's opening rule begins, or at the end of the file ({@link ExplainText}).
 */
final class ExplanationIndex {
    private static final byte[] RULE = "=".repeat(78).getBytes(StandardCharsets.US_ASCII);
    private static final int KEPT = 4;

    private static final Map<Path, ExplanationIndex> INDEXES = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, ExplanationIndex> eldest) {
            return size() > KEPT;
        }
    };

    private final long size;
    private final FileTime modified;
    /** Employee → {first byte of the part, first byte after it}. */
    private final Map<String, long[]> parts;

    private ExplanationIndex(long size, FileTime modified, Map<String, long[]> parts) {
        this.size = size;
        this.modified = modified;
        this.parts = parts;
    }

    /** The employee's part, stripped, or empty when the file has none for them (or no file is there). */
    static Optional<String> part(Path file, String employee) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long[] at = of(file).parts.get(employee);
            if (at == null) {
                return Optional.empty();
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(at[1] - at[0]));
                while (bytes.hasRemaining() && ch.read(bytes, at[0] + bytes.position()) >= 0) {
                    // read until the part is whole
                }
                return Optional.of(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExplanationIndex of(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        synchronized (INDEXES) {
            ExplanationIndex known = INDEXES.get(key);
            if (known != null && known.size == size && known.modified.equals(modified)) {
                return known;
            }
        }
        ExplanationIndex made = new ExplanationIndex(size, modified, scan(file));
        synchronized (INDEXES) {
            INDEXES.put(key, made);
        }
        return made;
    }

    /** Every part's bytes, read line by line as {@link ExplainText#part} reads the text: the first part of a name wins. */
    static Map<String, long[]> scan(Path file) throws IOException {
        Scan scan = new Scan();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    scan.accept(buffer[i]);
                }
            }
        }
        return scan.end();
    }

    /** The parts found so far, a byte at a time: a line is looked at when it ends. */
    private static final class Scan {
        final Map<String, long[]> parts = new HashMap<>();
        final byte[] line = new byte[256]; // a line's first bytes: enough for a rule and an employee's number
        int length; // of the line, beyond what is kept of it too
        long offset; // of the next byte
        long lineStart;
        long openedAt = -1; // the opening rule of the line being read as a part's head
        long[] open; // the part being read, its end not known yet
        boolean inHead;
        boolean opening;

        void accept(byte b) {
            offset++;
            if (b == '\n') {
                line();
                lineStart = offset;
                length = 0;
            } else {
                if (length < line.length) {
                    line[length] = b;
                }
                length++;
            }
        }

        Map<String, long[]> end() {
            if (length > 0) {
                line(); // the last line, without a line end
            }
            if (open != null) {
                open[1] = offset;
            }
            return parts;
        }

        private void line() {
            int kept = Math.min(length, line.length);
            if (kept > 0 && line[kept - 1] == '\r') {
                kept--;
            }
            if (opening) {
                opening = false;
                inHead = true;
                if (open != null) {
                    open[1] = openedAt;
                    open = null;
                }
                String employee = employee(line, kept);
                if (employee != null && !parts.containsKey(employee)) {
                    open = new long[] {openedAt, -1};
                    parts.put(employee, open);
                }
            } else if (isRule(line, kept, length)) {
                opening = !inHead;
                inHead = false;
                if (opening) {
                    openedAt = lineStart;
                }
            }
        }
    }

    private static boolean isRule(byte[] line, int kept, int length) {
        if (kept != RULE.length || length > RULE.length + 1) {
            return false;
        }
        for (int i = 0; i < kept; i++) {
            if (line[i] != '=') {
                return false;
            }
        }
        return true;
    }

    /** The text before the first two spaces of a head line, or null when it has none. */
    private static String employee(byte[] line, int kept) {
        for (int i = 0; i + 1 < kept; i++) {
            if (line[i] == ' ' && line[i + 1] == ' ') {
                return i == 0 ? null : new String(line, 0, i, StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
