package kz.ustau.adapter.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.ustau.domain.id.IdNumber;

/**
 * A text reader that refuses a physical line longer than a limit, so that a file that is not what it says (one line of
 * a hundred megabytes) is an input problem, never a heap exhausted by a CSV parser or {@code readLine} building that
 * line (CONTRACT §3; a payroll line is a few hundred characters, a spreadsheet cell at most 32,767). Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as the CSV readers count them.
 */
public final class LineLimit extends FilterReader {
    /** The longest line any CSV input may have: 256 Ki characters (eight cells of a spreadsheet's largest). */
    public static final int CHARS = 1 << 18;

    private static final int EXCERPT = 40;

    private final int limit;
    private long line = 1;
    private int length;
    private boolean afterCr;
    private final StringBuilder start = new StringBuilder(EXCERPT);

    public LineLimit(Reader in) {
        this(in, CHARS);
    }

    public LineLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /**
     * A CSV input's text, a UTF-8 byte-order mark skipped when {@code bom}, every line within {@link #CHARS}: how
     * every CSV reader opens its file (closing it closes the file).
     */
    public static LineLimit open(Path file, Charset charset, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (bom) {
                in.readNBytes(3);
            }
            return new LineLimit(new InputStreamReader(in, charset));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The line over the limit: its number, its first 40 characters (IINs masked) and the limit. */
    public static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final String excerpt;
        private final int limit;

        TooLong(long line, String excerpt, int limit) {
            super("line " + line + " is longer than " + limit + " characters");
            this.line = line;
            this.excerpt = excerpt;
            this.limit = limit;
        }

        public long line() {
            return line;
        }

        /** The line's first characters with every twelve-digit number masked, and {@code …}. */
        public String excerpt() {
            return excerpt;
        }

        public int limit() {
            return limit;
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        int end = off + n;
        int i = off;
        while (i < end) {
            char c = buf[i];
            if (c == '\r' || c == '\n') {
                see(c);
                i++;
                continue;
            }
            // a run of the line's characters, counted at once: this reader is on the path of a million-line export
            int run = i;
            while (i < end && (c = buf[i]) != '\n' && c != '\r') {
                i++;
            }
            if (length < EXCERPT) {
                start.append(buf, run, Math.min(EXCERPT - length, i - run));
            }
            length += i - run;
            afterCr = false;
            if (length > limit) {
                throw new TooLong(line, IdNumber.maskAll(start.toString()) + "…", limit);
            }
        }
        return n;
    }

    /** Skips by reading, so that no character passes unseen. */
    @Override
    public long skip(long n) throws IOException {
        char[] buf = new char[(int) Math.min(n, 8192)];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(left, buf.length));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark is not supported");
    }

    private void see(char c) throws TooLong {
        if (c == '\r' || (c == '\n' && !afterCr)) {
            line++;
        }
        if (c == '\r' || c == '\n') {
            afterCr = c == '\r';
            length = 0;
            start.setLength(0);
            return;
        }
        afterCr = false;
        if (length < EXCERPT) {
            start.append(c);
        }
        if (++length > limit) {
            throw new TooLong(line, IdNumber.maskAll(start.toString()) + "…", limit);
        }
    }
}
